import { andList } from "./format";
import type { LetterWords } from "./words";

/** "(11 meses)" después de una fecha; nada el primer día, cuando "0 días" no diría nada. */
const lasting = (days: number, duration: string) => (days > 0 ? ` (${duration})` : "");

export const lettersEs: LetterWords = {
  subject(template, child, services) {
    const named = andList(services, "es");
    switch (template) {
      case "service-request":
        return services.length > 0 ? `Solicitud de ${named} para ${child}` : `Solicitud de servicios para ${child}`;
      case "qualification-question":
        return `Preguntas sobre el equipo de atención de ${child}`;
      case "records-request":
        return `Solicitud de los expedientes de ${child}`;
      case "appeal":
        return services.length > 0 ? `Apelación: ${named} para ${child}` : `Apelación sobre la atención de ${child}`;
      case "school-evaluation":
        return `Solicitud de una evaluación de educación especial para ${child}`;
    }
  },
  greeting: (name) => `Buenos días, ${name}:`,
  intro(template, facts, services, deniedOn) {
    const child = facts.childName;
    const named = andList(services, "es");
    switch (template) {
      case "service-request":
        return services.length > 0
          ? `Le escribo sobre ${child}, de mi familia. Solicito un profesional calificado que preste ${named}.`
          : `Le escribo sobre ${child}, de mi familia, para preguntar qué servicios pueden ofrecer.`;
      case "qualification-question":
        return `Le escribo sobre ${child}, de mi familia. Para entender quién le ayuda y cómo, tengo algunas preguntas.`;
      case "records-request":
        return `Solicito una copia de los expedientes que ustedes tienen sobre ${child}, de mi familia: evaluaciones, planes de tratamiento, notas de progreso y los nombres y las credenciales de todas las personas que le han atendido.`;
      case "appeal":
        if (deniedOn)
          return `El ${deniedOn} se negó mi solicitud para ${child}. Apelo esa decisión y pido que la revisen.`;
        return services.length > 0
          ? `Apelo la decisión de no prestar ${named} a ${child} y pido que la revisen.`
          : `Apelo una decisión sobre la atención de ${child} y pido que la revisen.`;
      case "school-evaluation":
        return `Le escribo como padre, madre o tutor de ${child}. Solicito por escrito una evaluación completa de ${child} para educación especial y servicios relacionados.`;
    }
  },
  factsLead: (today) => `Esto es lo que muestran mis registros al ${today}:`,
  provider: ({ name, statedTitle }, first) => (first ? `${name} (que se presentó como “${statedTitle}”)` : name),
  service(fact, child, label, since, providers) {
    const time = lasting(fact.days, fact.duration);
    const who = providers ? ` Ahora ${fact.deliveredBy.length === 1 ? "lo presta" : "lo prestan"} ${providers}.` : "";
    const reason = fact.reason ? ` ${fact.reason}` : "";
    switch (fact.status) {
      case "missing":
        return `${label}: ${child} está sin este servicio desde el ${since}${time}. Mis registros no muestran a nadie que lo preste.`;
      case "mismatch":
        return `${label}: ${child} está sin un profesional calificado para este servicio desde el ${since}${time}.${who}${reason}`;
      case "unverified":
        return `${label}: desde el ${since}${time}, ${child} no tiene ningún profesional de este servicio cuya credencial yo haya podido confirmar.${who}${reason}`;
    }
  },
  questionsLead: (provider) => (provider ? `Mis preguntas para ${provider}:` : "Mis preguntas:"),
  requestMade: (askedOn, toName, summary) => `El ${askedOn} hice esta solicitud a ${toName}: “${summary}”.`,
  overdue: (dueOn) => `La respuesta debía llegar a más tardar el ${dueOn}, y mis registros aún no muestran ninguna.`,
  dueBy: (dueOn) => `La respuesta debe llegar a más tardar el ${dueOn}.`,
  denied: (deniedOn) => `Esa solicitud se negó el ${deniedOn}.`,
  ask(template, child, count) {
    const one = count === 1;
    switch (template) {
      case "service-request":
        return count === 0
          ? "Le pido que me diga por escrito qué servicios pueden ofrecer, cuándo pueden empezar y quién los prestará."
          : `Le pido que me diga por escrito quién ${one ? "prestará este servicio" : "prestará estos servicios"}, cuándo puede empezar y qué licencia o credencial tiene esa persona. Si ustedes no ${one ? "pueden prestarlo" : "pueden prestarlos"}, le pido que me diga quién puede hacerlo.`;
      case "qualification-question":
        return `Le pido que me responda por escrito, para guardar sus respuestas con los registros de ${child}.`;
      case "records-request":
        return "Le pido que me diga si debo firmar algún formulario o pagar alguna tarifa, y cuándo puedo esperar la copia.";
      case "appeal":
        return "Le pido que me envíe por escrito los motivos de la decisión, las normas en que se basó y la fecha en que decidirán esta apelación.";
      case "school-evaluation":
        return "Le pido que me envíe el formulario de consentimiento para la evaluación y que me diga cuándo se hará. Quiero participar en su planificación.";
    }
  },
  thanks: "Gracias por su ayuda.",
  signOff: "Atentamente,",
  notLegalAdvice: "Preparé esta carta con Clarity a partir de los registros de mi familia. No es asesoría legal.",
};
