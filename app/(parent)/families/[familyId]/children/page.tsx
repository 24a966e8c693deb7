import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AddChildForm, AddNeedForm, MarkServiceForm } from "@/app/_components/care-team/catalog-forms";
import { CloseDialog, ReopenButton } from "@/app/_components/care-team/close-dialog";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildrenWithNeeds } from "@/lib/care-team/children";
import { familyEvidence } from "@/lib/documents/evidence";
import { Evidence } from "@/app/_components/documents/evidence";
import { practiceToday } from "@/lib/care-team/gaps";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { calendarDate } from "@/app/_components/calendar-date";
import { PageIntro } from "@/app/_components/page-intro";
import { Section } from "@/app/_components/section";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("children"))("title") };
}

export default async function ChildrenPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const [children, evidence] = await pageData(
    Promise.all([listChildrenWithNeeds(actor, familyId), familyEvidence(actor, familyId)]),
  );
  const t = await getTranslations("children");
  const { needById, serviceById } = catalogIn(await getLocale());
  const format = await getFormatter();
  const today = practiceToday();
  const date = (iso: string) => calendarDate(format, iso);
  const api = `/api/v1/families/${familyId}/children`;
  const serviceLabel = (id: string) => serviceById(id)?.label ?? id;

  return (
    <ClientMessages
      namespaces={[
        "children",
        "common",
        "credentialFacts",
        "credentialPicker",
        "errors",
        "evidence",
        "mismatch",
        "providerForm",
        "serviceFinder",
        "supervisorFields",
        "toast",
        "validation",
      ]}
    >
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t("intro")} />

        {children.length === 0 && (
          <div className="flex flex-col gap-2 card border-brand-100 bg-brand-50">
            <h2 className="text-lg font-semibold">{t(actor.role === "coach" ? "emptyTitleCoach" : "emptyTitle")}</h2>
            <p className="text-stone-800">{t("emptyBody")}</p>
          </div>
        )}

        {children.map((child) => {
          const open = child.needs.filter((need) => !need.resolvedOn || need.resolvedOn > today);
          return (
            <section key={child.id} aria-labelledby={`child-${child.id}`} className="flex flex-col gap-5 card">
              <header className="flex flex-wrap items-baseline justify-between gap-3">
                <h2 id={`child-${child.id}`} className="text-xl font-bold">
                  {child.name}
                  {child.birthYear && (
                    <span className="ml-2 text-base font-normal text-stone-600">
                      {t("born", { year: child.birthYear })}
                    </span>
                  )}
                </h2>
                <DeleteButton
                  compact
                  path={`${api}/${child.id}`}
                  label={t("remove")}
                  accessibleName={t("removeNamed", { name: child.name })}
                  confirmTitle={t("removeConfirmTitle", { name: child.name })}
                  confirmBody={t("removeConfirmBody")}
                />
              </header>

              <div>
                <h3 className="font-semibold">{t("needs", { count: open.length })}</h3>
                {child.needs.length === 0 ? (
                  <p className="mt-1 text-sm text-stone-700">{t("noNeeds")}</p>
                ) : (
                  <ul className="mt-2 flex flex-col divide-y divide-stone-200">
                    {child.needs.map((need) => {
                      const catalogNeed = needById(need.needId);
                      const label = catalogNeed?.label ?? need.needId;
                      return (
                        <li
                          key={need.id}
                          className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
                        >
                          <div>
                            <p className="font-medium">{label}</p>
                            <p className="text-sm text-stone-600">
                              {need.resolvedOn
                                ? t("resolvedPeriod", { start: date(need.identifiedOn), end: date(need.resolvedOn) })
                                : t("openSince", { start: date(need.identifiedOn) })}
                            </p>
                            <p className="text-sm text-stone-600">
                              {t("callsFor", { services: (catalogNeed?.services ?? []).map(serviceLabel).join(", ") })}
                            </p>
                            {catalogNeed?.servicesWhereIndicated && (
                              <p className="text-sm text-stone-600">
                                {t("whereIndicated", {
                                  services: catalogNeed.servicesWhereIndicated.map(serviceLabel).join(", "),
                                })}
                              </p>
                            )}
                            <div className="mt-2">
                              <Evidence
                                familyId={familyId}
                                subject={{
                                  type: "need",
                                  id: need.id,
                                  label: t("needOf", { need: label, name: child.name }),
                                }}
                                {...evidence}
                              />
                            </div>
                          </div>
                          {need.resolvedOn ? (
                            <ReopenButton
                              path={`${api}/${child.id}/needs/${need.id}`}
                              field="resolvedOn"
                              label={t("reopen")}
                              accessibleName={t("reopenNamed", { need: label })}
                              undone={t("needReopened", { need: label })}
                            />
                          ) : (
                            <CloseDialog
                              path={`${api}/${child.id}/needs/${need.id}`}
                              field="resolvedOn"
                              today={today}
                              words={{
                                trigger: t("resolve"),
                                triggerNamed: t("resolveNamed", { need: label }),
                                title: t("resolveTitle", { need: label }),
                                description: t("resolveBody", { name: child.name }),
                                date: t("resolvedOn"),
                                submit: t("markResolved"),
                                working: t("saving"),
                                done: t("needResolved", { need: label }),
                                undone: t("needReopened", { need: label }),
                                mistakeTitle: t("mistakeTitle"),
                                mistakeBody: t("removeNeedBody"),
                                remove: t("removeNeed"),
                                removeConfirm: t("removeNeedConfirm"),
                                removed: t("needRemoved", { need: label, name: child.name }),
                              }}
                            />
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
                <AddNeedForm
                  familyId={familyId}
                  childId={child.id}
                  childName={child.name}
                  openNeedIds={open.map((need) => need.needId)}
                  today={today}
                  startOpen={child.needs.length === 0}
                />
              </div>

              <div>
                <h3 className="font-semibold">{t("marked")}</h3>
                <p className="text-sm text-stone-600">{t("markedIntro")}</p>
                {child.neededServices.length > 0 && (
                  <ul className="mt-2 flex flex-col divide-y divide-stone-200">
                    {child.neededServices.map((mark) => {
                      const label = serviceLabel(mark.serviceId);
                      return (
                        <li
                          key={mark.id}
                          className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
                        >
                          <div>
                            <p className="font-medium">{label}</p>
                            <p className="text-sm text-stone-600">
                              {mark.clearedOn
                                ? t("markedPeriod", {
                                    reason: mark.reason,
                                    start: date(mark.markedOn),
                                    end: date(mark.clearedOn),
                                  })
                                : t("markedBecause", { reason: mark.reason, date: date(mark.markedOn) })}
                            </p>
                            <div className="mt-2">
                              <Evidence
                                familyId={familyId}
                                subject={{
                                  type: "needed-service",
                                  id: mark.id,
                                  label: t("needOf", { need: label, name: child.name }),
                                }}
                                {...evidence}
                              />
                            </div>
                          </div>
                          {mark.clearedOn ? (
                            <ReopenButton
                              path={`${api}/${child.id}/needed-services/${mark.id}`}
                              field="clearedOn"
                              label={t("reopen")}
                              accessibleName={t("reopenNamed", { need: label })}
                              undone={t("serviceReopened", { service: label })}
                            />
                          ) : (
                            <CloseDialog
                              path={`${api}/${child.id}/needed-services/${mark.id}`}
                              field="clearedOn"
                              today={today}
                              words={{
                                trigger: t("clear"),
                                triggerNamed: t("clearNamed", { service: label }),
                                title: t("clearTitle", { service: label }),
                                description: t("clearBody", { name: child.name }),
                                date: t("clearedOn"),
                                submit: t("markCleared"),
                                working: t("saving"),
                                done: t("serviceCleared", { service: label }),
                                undone: t("serviceReopened", { service: label }),
                                mistakeTitle: t("mistakeTitle"),
                                mistakeBody: t("unmarkBody"),
                                remove: t("unmark"),
                                removeConfirm: t("unmarkConfirm"),
                                removed: t("serviceRemoved", { service: label, name: child.name }),
                              }}
                            />
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
                <details className="mt-3 rounded-md border border-stone-200 p-3">
                  <summary className="cursor-pointer font-semibold text-brand-800">{t("markService")}</summary>
                  <div className="mt-3">
                    <MarkServiceForm familyId={familyId} childId={child.id} childName={child.name} today={today} />
                  </div>
                </details>
              </div>
            </section>
          );
        })}

        <Section
          id="add-child"
          title={children.length === 0 ? t(actor.role === "coach" ? "addFirstCoach" : "addFirst") : t("addAnother")}
          className="flex flex-col gap-3 card"
        >
          <AddChildForm familyId={familyId} />
        </Section>

        {children.length > 0 && (
          <p>
            <Link
              href={`/families/${familyId}/gaps`}
              className="font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("seeGaps")}
            </Link>
          </p>
        )}
      </div>
    </ClientMessages>
  );
}
