import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The tiers of lib/ (docs/architecture.md): an import never goes up. Each zone names a folder and
// what it may not import; app/ is the top and may import any tier except db/.
const FEATURES = "./lib/!(core|domain|schemas|identity|server|cli)/**";
const tiers = [
  {
    target: "./db",
    from: "./lib",
    message: "db/ holds schema, migrations and the client only: it imports nothing of lib/.",
  },
  {
    target: "./lib/core",
    from: ["./lib", "./db"],
    except: ["./core"],
    message: "lib/core is the bottom tier: it imports nothing else of lib/ or db/.",
  },
  {
    target: "./lib/domain",
    from: ["./lib", "./db"],
    except: ["./core", "./domain"],
    message: "lib/domain is pure: it imports only lib/core.",
  },
  {
    target: "./lib/domain",
    from: [
      "./lib/core/config.ts",
      "./lib/core/log.ts",
      "./lib/core/singleton.ts",
      "./lib/core/deadline.ts",
      "./lib/core/gate.ts",
    ],
    message: "lib/domain is pure: no configuration, logging or process state.",
  },
  {
    target: "./lib/schemas",
    from: ["./lib", "./db"],
    except: ["./core", "./domain", "./schemas"],
    message: "lib/schemas imports only lib/core and lib/domain.",
  },
  {
    target: "./lib/identity",
    from: "./lib",
    except: ["./core", "./domain", "./schemas", "./identity"],
    message: "lib/identity imports only the tiers below it (core, domain, schemas).",
  },
  {
    target: FEATURES,
    from: ["./lib/server", "./lib/cli"],
    message: "Feature modules never import the edge (lib/server, lib/cli).",
  },
];

// Next.js, next-auth and next-intl belong to the edge: below it, code runs the same in a route,
// a script or a test.
const frameworkOnlyAtTheEdge = {
  patterns: [
    {
      group: ["next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*"],
      message: "Only lib/server, lib/cli and app/ import Next.js and its plugins.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Cycles are searched in the project's own files only (parsing node_modules takes a minute).
    settings: { "import/ignore": ["node_modules"] },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "db/**/*.ts"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: tiers }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "db/**/*.ts"],
    ignores: ["lib/server/**", "lib/cli/**"],
    rules: { "no-restricted-imports": ["error", frameworkOnlyAtTheEdge] },
  },
  {
    // app/ talks to the data access layer, never to the database (docs/architecture.md, rule 1).
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*"],
              message: "app/ must go through lib/ (the data access layer).",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "node_modules/**",
    ".data/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
