// Run as a separate process: takes the data-folder lock, says so, and holds it until killed.
import { lockDataDir } from "../../../db/data-dir-lock";

const dir = process.argv[2];
if (!dir) throw new Error("usage: hold-data-dir-lock <dir>");
lockDataDir(dir);
process.stdout.write("locked\n");
setInterval(() => {}, 60_000);
