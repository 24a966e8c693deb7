import { andList } from "./format";
import type { LetterWords } from "./words";

const possessive = (name: string) => `${name}’s`;
/** "(11 months)" after a date; nothing on the first day, when "0 days" would say nothing. */
const lasting = (days: number, duration: string) => (days > 0 ? ` (${duration})` : "");

export const lettersEn: LetterWords = {
  subject(template, child, services) {
    const named = andList(services, "en");
    switch (template) {
      case "service-request":
        return services.length > 0 ? `Request for ${named} for ${child}` : `Request for services for ${child}`;
      case "qualification-question":
        return `Questions about ${possessive(child)} care team`;
      case "records-request":
        return `Request for ${possessive(child)} records`;
      case "appeal":
        return services.length > 0 ? `Appeal: ${named} for ${child}` : `Appeal about ${possessive(child)} care`;
      case "school-evaluation":
        return `Request for a special education evaluation for ${child}`;
    }
  },
  greeting: (name) => `Dear ${name},`,
  intro(template, facts, services, deniedOn) {
    const child = facts.childName;
    const named = andList(services, "en");
    switch (template) {
      case "service-request":
        return services.length > 0
          ? `I am writing about my child, ${child}. I am asking for a qualified provider for ${named}.`
          : `I am writing about my child, ${child}, to ask which services you can provide.`;
      case "qualification-question":
        return `I am writing about my child, ${child}. To understand who is helping ${child} and how, I have some questions.`;
      case "records-request":
        return `I am asking for a copy of the records you keep about my child, ${child}: assessments, treatment plans, progress notes, and the names and credentials of everyone who has worked with my child.`;
      case "appeal":
        if (deniedOn)
          return `On ${deniedOn}, my request for my child, ${child}, was denied. I am appealing that decision and asking you to review it.`;
        return services.length > 0
          ? `I am appealing the decision not to provide ${named} for my child, ${child}, and I am asking you to review it.`
          : `I am appealing a decision about the care of my child, ${child}, and I am asking you to review it.`;
      case "school-evaluation":
        return `I am the parent of ${child}. I am asking, in writing, for a full evaluation of ${child} for special education and related services.`;
    }
  },
  factsLead: (today) => `Here is what my records show as of ${today}:`,
  provider: ({ name, statedTitle }, first) => (first ? `${name} (introduced as “${statedTitle}”)` : name),
  service(fact, child, label, since, providers) {
    const time = lasting(fact.days, fact.duration);
    const who = providers ? ` ${providers} ${fact.deliveredBy.length === 1 ? "provides" : "provide"} it now.` : "";
    const reason = fact.reason ? ` ${fact.reason}` : "";
    switch (fact.status) {
      case "missing":
        return `${label}: ${child} has been without this service since ${since}${time}. My records show no one providing it.`;
      case "mismatch":
        return `${label}: ${child} has been without a qualified provider of this service since ${since}${time}.${who}${reason}`;
      case "unverified":
        return `${label}: since ${since}${time}, ${child} has had no provider of this service whose credential I could confirm.${who}${reason}`;
    }
  },
  questionsLead: (provider) => (provider ? `My questions for ${provider}:` : "My questions:"),
  requestMade: (askedOn, toName, summary) => `On ${askedOn}, I made this request to ${toName}: “${summary}.”`,
  overdue: (dueOn) => `An answer was due by ${dueOn}, and my records show none yet.`,
  dueBy: (dueOn) => `An answer is due by ${dueOn}.`,
  denied: (deniedOn) => `That request was denied on ${deniedOn}.`,
  ask(template, child, count) {
    const one = count === 1;
    switch (template) {
      case "service-request":
        return count === 0
          ? "Please tell me in writing which services you can provide, when they can start, and who will provide them."
          : `Please tell me in writing who will provide ${one ? "this service" : "these services"}, when ${one ? "it" : "they"} can start, and which license or credential that provider holds. If you cannot provide ${one ? "it" : "them"}, please tell me who can.`;
      case "qualification-question":
        return `Please answer in writing, so I can keep your answers with ${possessive(child)} records.`;
      case "records-request":
        return "Please tell me whether I need to sign a form or pay a fee, and when I can expect the copy.";
      case "appeal":
        return "Please send me, in writing, the reasons for the decision, the rules it relied on, and the date by which you will decide this appeal.";
      case "school-evaluation":
        return "Please send me the consent form for the evaluation and tell me when it will be done. I would like to take part in planning it.";
    }
  },
  thanks: "Thank you for your help.",
  signOff: "Sincerely,",
  notLegalAdvice: "I prepared this letter with Clarity from my family’s own records. It is not legal advice.",
};
