import { stateTitlesEs } from "./state-titles";
import type { CatalogTranslation } from "./translation";

/**
 * The catalog in Spanish, keyed by id. Written for parents whose paperwork is in English: each
 * credential keeps its English acronym (or English title) beside the Spanish name. Sources and
 * their dates are not translated (they cite English rules). The state titles' words live beside
 * their English in state-titles/ and are merged in here.
 */
export const catalogEs: CatalogTranslation = {
  qualificationNotes: {
    "under a licensed clinician's supervision": "bajo la supervisión de un clínico con licencia",
    "inside a state-certified program": "dentro de un programa certificado por el estado",
    "with substance-use training, inside a certified program":
      "con formación en uso de sustancias, dentro de un programa certificado",
    "within a broader clinical scope": "como parte de un alcance clínico más amplio",
    "written together with the family as part of the Wraparound plan":
      "escrito junto con la familia como parte del plan Wraparound",
    "carries out a plan a behavior analyst designed": "aplica un plan diseñado por un analista de conducta",
    "for educational eligibility only": "solo para decidir la elegibilidad educativa",
    "around substance use": "relacionado con el uso de sustancias",
    "carries out a clinician's plan, under supervision": "aplica el plan de un clínico, bajo supervisión",
    "as a case manager": "como administrador de casos",
    "under a behavior analyst's supervision": "bajo la supervisión de un analista de conducta",
    "caregiver training that carries out the behavior plan":
      "capacitación de los cuidadores para aplicar el plan de conducta",
    "a behavior plan built on the psychologist's own assessment":
      "un plan de conducta basado en la propia evaluación del psicólogo",
  },
  credentials: {
    "or:qmha": {
      label: "Asociado de salud mental calificado (QMHA)",
      abbreviation: "QMHA",
      description:
        "Un paraprofesional, por lo general con título universitario de cuatro años o experiencia equivalente, que trabaja bajo la supervisión directa de un QMHP. Un QMHA crea confianza con el niño, enseña y practica habilidades, lleva tablas de conducta y metas, y ayuda a coordinar la atención. No es una licencia clínica y un QMHA no da terapia.",
      cannot: [
        "no puede diagnosticar ni hacer evaluaciones clínicas",
        "no puede dar psicoterapia, tratamiento del trauma ni terapia familiar",
        "trabaja con el plan de un clínico, bajo supervisión",
        "no puede escribir un plan de seguridad (sí puede detectar riesgos e intervenir de inmediato)",
        "no puede tratar el uso de sustancias ni la conducta sexualizada",
        "no puede recetar medicamentos",
      ],
      variesByState: "QMHA es una credencial de programa de Oregón; otros estados usan otros nombres para este puesto.",
    },
    "or:qmhp": {
      label: "Profesional de salud mental calificado, Oregón (QMHP)",
      abbreviation: "QMHP",
      description:
        "En Oregón, alguien con maestría en un campo de salud mental (o una enfermera o terapeuta ocupacional con licencia) que trabaja en un programa certificado. Un QMHP puede evaluar, diagnosticar, escribir planes de seguridad y de servicios, y dar tratamiento individual, de grupo y familiar, incluso antes de tener la licencia completa.",
      cannot: [
        "no puede recetar medicamentos",
        "solo puede facturar a Medicaid dentro de un programa certificado",
        "las pruebas psicológicas no son parte de su función",
      ],
      variesByState:
        "En Oregón un QMHP tiene maestría; en Texas y Virginia un QMHP tiene título universitario y no da terapia.",
    },
    "peer-support": {
      label: "Especialista de apoyo entre pares, familiar o juvenil (PSS / FSS / YSS)",
      abbreviation: "PSS / FSS / YSS",
      description:
        "Una persona certificada que aporta su propia experiencia: un especialista de apoyo familiar o acompañante familiar crió a un hijo con necesidades de salud mental o de uso de sustancias; un acompañante juvenil atiende a jóvenes. Acompañan, orientan dentro de los sistemas, abogan por la familia y están a su lado en las reuniones del equipo.",
      cannot: ["no es clínico: no evalúa, no diagnostica y no da terapia"],
      variesByState:
        "En Oregón se certifica como trabajador de salud tradicional (THW) y se renueva cada 36 meses; en otros estados, como acompañante familiar, defensor de pares o especialista de apoyo entre pares.",
    },
    "or:skills-trainer": {
      label: "Entrenador de habilidades (skills trainer)",
      abbreviation: "Entrenador de habilidades",
      description:
        "Un título de puesto, no una credencial. Por lo general es un QMHA que practica con el niño habilidades como manejar el enojo y el estrés, resolver conflictos, la relación entre padres e hijos y la vida diaria, bajo la supervisión de un QMHP.",
      cannot: [
        "no puede diagnosticar ni hacer evaluaciones clínicas",
        "no puede dar psicoterapia, tratamiento del trauma ni terapia familiar",
        "trabaja con el plan de un clínico, bajo supervisión",
        "no puede escribir un plan de seguridad (sí puede detectar riesgos e intervenir de inmediato)",
        "no puede tratar el uso de sustancias ni la conducta sexualizada",
        "no puede recetar medicamentos",
      ],
    },
    "case-manager": {
      label: "Administrador de casos o coordinador de atención (case manager)",
      abbreviation: "Administrador de casos",
      description:
        "Una función más que una credencial: conecta a la familia con servicios, dirige las reuniones del equipo y planea las transiciones. El empleador decide qué preparación pide.",
      cannot: ["no da tratamiento, salvo que tenga otra credencial aparte"],
    },
    "wraparound-coordinator": {
      label: "Coordinador de atención Wraparound (Wraparound coordinator)",
      abbreviation: "Coordinador Wraparound",
      description:
        "Quien coordina un equipo Wraparound de alta fidelidad, capacitado por el estado y con pocas familias a su cargo. Prepara con la familia el plan de atención y el plan de crisis y seguridad.",
      cannot: ["ninguna norma fija un título: otros puestos solo por excepción (variance)", "no da terapia"],
      unverified: "No está confirmado si las agencias piden un QMHA o QMHP para este puesto: consúltelo localmente.",
    },
    msw: {
      label: "Maestría en Trabajo Social, título (MSW)",
      abbreviation: "MSW",
      description:
        "Un título de posgrado, no una licencia. Por sí solo no autoriza el trabajo clínico; muchas personas con MSW trabajan como administradores de casos, y el trabajo clínico requiere además una licencia clínica o un registro de asociado.",
      cannot: ["el título solo no autoriza ningún trabajo clínico"],
    },
    "or:lmsw": {
      label: "Trabajador social con maestría y licencia, Oregón (LMSW)",
      abbreviation: "LMSW",
      description:
        "En Oregón, un trabajador social con licencia y maestría que ejerce el trabajo social no clínico: evaluación de necesidades, planificación, administración de casos y consejería de apoyo.",
      cannot: ["no puede diagnosticar", "no puede dar psicoterapia"],
      variesByState:
        "En Nueva York un LMSW puede dar terapia bajo supervisión; en Michigan el LMSW clínico trabaja por su cuenta.",
    },
    "or:cswa": {
      label: "Asociado de trabajo social clínico (CSWA)",
      abbreviation: "CSWA",
      description:
        "Un trabajador social con MSW en camino a la licencia LCSW: puede diagnosticar y dar psicoterapia bajo supervisión clínica mientras acumula miles de horas de práctica.",
      cannot: [
        "no puede ejercer por su cuenta: solo bajo un supervisor con licencia, identificado por nombre",
        "no puede recetar medicamentos",
      ],
    },
    lcsw: {
      label: "Trabajador social clínico con licencia (LCSW)",
      abbreviation: "LCSW",
      description:
        "Un trabajador social clínico con licencia completa: diagnostica y da psicoterapia individual, de pareja, familiar y de grupo, coordina la atención y puede supervisar a otros clínicos.",
      variesByState:
        "La misma licencia se llama LICSW en Washington, LISW en Ohio y LMSW con designación clínica en Michigan.",
      cannot: ["no puede recetar medicamentos"],
    },
    lpc: {
      label: "Consejero profesional con licencia (LPC)",
      abbreviation: "LPC",
      description:
        "Un consejero con licencia, maestría y años de práctica supervisada: consejería, psicoterapia, evaluación y diagnóstico.",
      cannot: ["no puede recetar medicamentos"],
      variesByState:
        "Se llama LMHC en Washington, Nueva York y Florida, LPCC en California y Ohio, LCMHC en Carolina del Norte. En Ohio un LPC sin la C adicional trabaja solo bajo supervisión.",
    },
    "or:lpc-associate": {
      label: "Asociado de consejería profesional (LPC Associate)",
      abbreviation: "LPC Associate",
      description:
        "Un consejero registrado ante la junta como asociado mientras completa horas supervisadas para obtener la licencia LPC: puede aconsejar, evaluar y dar psicoterapia, incluidas sesiones familiares, bajo supervisión.",
      cannot: [
        "no puede ejercer por su cuenta: solo bajo un supervisor con licencia, identificado por nombre",
        "no puede recetar medicamentos",
      ],
    },
    lmft: {
      label: "Terapeuta matrimonial y familiar con licencia (LMFT)",
      abbreviation: "LMFT",
      description:
        "Un terapeuta con licencia preparado para trabajar con toda la familia como sistema, además de con personas y parejas, con gran parte de sus horas supervisadas dedicadas a familias.",
      cannot: ["no puede recetar medicamentos"],
    },
    "or:mft-associate": {
      label: "Asociado de terapia matrimonial y familiar (MFT Associate)",
      abbreviation: "MFT Associate",
      description:
        "Un terapeuta registrado ante la junta como asociado en camino a la licencia LMFT: terapia individual, de pareja y familiar bajo supervisión.",
      cannot: [
        "no puede ejercer por su cuenta: solo bajo un supervisor con licencia, identificado por nombre",
        "no puede recetar medicamentos",
      ],
    },
    psychologist: {
      label: "Psicólogo/a, PhD o PsyD (Psychologist)",
      abbreviation: "Psicólogo/a",
      description:
        "Un psicólogo con licencia y doctorado: evaluación, diagnóstico, psicoterapia, planes de conducta y pruebas psicológicas y neuropsicológicas. Las pruebas son el centro de su trabajo (los psicólogos escolares también hacen pruebas, para la elegibilidad escolar).",
      cannot: ["no puede recetar medicamentos en la mayoría de los estados"],
      variesByState: "Algunos estados permiten recetar a psicólogos con formación especial; Oregón no.",
    },
    psychiatrist: {
      label: "Psiquiatra, MD o DO (Psychiatrist)",
      abbreviation: "Psiquiatra",
      description:
        "Un médico especializado en psiquiatría: diagnóstico, estudio médico, recetar y ajustar medicamentos, terapia y sesiones familiares. Los programas intensivos en el hogar buscan formación en niños y adolescentes.",
      cannot: [],
    },
    pmhnp: {
      label: "Enfermero/a practicante de salud mental psiquiátrica (PMHNP)",
      abbreviation: "PMHNP",
      description:
        "Una enfermera practicante certificada en salud mental psiquiátrica: evaluación, diagnóstico, recetas y consejería, dentro de la población que cubre su licencia.",
      cannot: ["debe trabajar dentro de la población de su licencia (por ejemplo, todas las edades o solo niños)"],
      unverified:
        "Qué tan independiente puede ejercer una enfermera practicante psiquiátrica cambia de un estado a otro: consúltelo localmente.",
    },
    bcba: {
      label: "Analista de conducta certificado (BCBA; en muchos estados, LBA)",
      abbreviation: "BCBA / LBA",
      description:
        "Un analista de conducta con maestría y práctica supervisada: estudia qué provoca y qué mantiene una conducta (evaluación funcional), diseña planes de apoyo conductual y programas ABA, capacita a los cuidadores en ellos y supervisa a los técnicos.",
      cannot: ["no puede hacer pruebas psicológicas", "no puede dar psicoterapia", "no puede diagnosticar"],
      variesByState:
        "Muchos estados dan licencia a los analistas de conducta (LBA); otros se basan en el certificado nacional BCBA.",
      unverified:
        "Que California y Florida no tengan licencia estatal para analistas de conducta viene solo de fuentes secundarias; la licencia de Nueva York no está confirmada: consúltelo localmente.",
    },
    rbt: {
      label: "Técnico de conducta registrado (RBT; en Oregón, RBAI)",
      abbreviation: "RBT / RBAI",
      description:
        "Un técnico capacitado que aplica el plan de conducta diseñado por un analista de conducta, bajo su supervisión (al menos el 5 % de sus horas cada mes). Sin un analista de conducta no hay plan que aplicar.",
      cannot: ["no puede diseñar solo un plan de conducta", "no puede diagnosticar ni dar psicoterapia"],
    },
    "school-psychologist": {
      label: "Psicólogo/a escolar (school psychologist)",
      abbreviation: "Psicólogo/a escolar",
      description:
        "Un psicólogo con licencia de educador que trabaja en las escuelas: evaluaciones educativas y pruebas para la elegibilidad para un plan IEP o 504. Fuera de la escuela no es una licencia clínica.",
      cannot: ["fuera de la escuela no es una licencia clínica"],
      variesByState: "Si los psicólogos escolares pueden hacer diagnósticos clínicos cambia de un estado a otro.",
      unverified: "No está confirmado que los psicólogos escolares hagan diagnósticos clínicos: consúltelo localmente.",
    },
    "school-counselor": {
      label: "Consejero/a escolar (school counselor)",
      abbreviation: "Consejero/a escolar",
      description:
        "Un consejero con licencia de educador que trabaja dentro de la escuela: consejería escolar y participación en los planes IEP y 504.",
      cannot: ["fuera de la escuela no es una licencia clínica"],
    },
    "or:cadc": {
      label: "Consejero certificado en alcohol y drogas (CADC)",
      abbreviation: "CADC",
      description:
        "Un consejero de adicciones certificado (los niveles I a III suben con la educación): evaluación del uso de sustancias, consejería que puede incluir a la familia y planes de seguridad relacionados con el uso de sustancias.",
      cannot: ["no puede recetar medicamentos", "el diagnóstico de salud mental queda fuera de su función (deducido)"],
    },
    pediatrician: {
      label: "Pediatra (pediatrician)",
      abbreviation: "Pediatra",
      description:
        "El médico del niño. Se espera que los pediatras diagnostiquen y traten el TDAH, receten y ajusten su medicamento, y sigan la salud física, el peso y el crecimiento del niño durante la atención de salud mental.",
      cannot: ["no da psicoterapia"],
    },
    "developmental-behavioral-pediatrician": {
      label: "Pediatra del desarrollo y la conducta (DBP)",
      abbreviation: "DBP",
      description:
        "Un pediatra con formación adicional en desarrollo, aprendizaje y conducta, como el autismo y el TDAH. Receta y da seguimiento a los medicamentos y a la salud física.",
      cannot: ["no da psicoterapia"],
    },
    "family-physician": {
      label: "Médico de familia (family physician)",
      abbreviation: "Médico de familia",
      description:
        "Un médico de atención primaria para todas las edades. Como un pediatra, puede recetar y manejar medicamentos como los del TDAH y seguir la salud física.",
      cannot: ["no da psicoterapia"],
    },
    "pediatric-np": {
      label: "Enfermero/a practicante pediátrico/a (PNP)",
      abbreviation: "PNP",
      description:
        "Una enfermera practicante para niños, a menudo quien da la atención primaria: puede recetar y dar seguimiento a los medicamentos y a la salud física.",
      cannot: ["no da psicoterapia"],
      unverified:
        "Hasta dónde puede recetar por su cuenta una enfermera practicante o un asistente médico cambia de un estado a otro: consúltelo localmente.",
    },
    "family-np": {
      label: "Enfermero/a practicante de familia (FNP)",
      abbreviation: "FNP",
      description:
        "Una enfermera practicante de atención primaria para todas las edades: puede recetar y dar seguimiento a los medicamentos y a la salud física.",
      cannot: ["no da psicoterapia"],
      unverified:
        "Hasta dónde puede recetar por su cuenta una enfermera practicante o un asistente médico cambia de un estado a otro: consúltelo localmente.",
    },
    "physician-assistant": {
      label: "Asistente médico (PA)",
      abbreviation: "PA",
      description:
        "Un clínico médico con licencia que trabaja con médicos; en atención primaria puede recetar y dar seguimiento a los medicamentos y a la salud física.",
      cannot: ["no da psicoterapia"],
      unverified:
        "Hasta dónde puede recetar por su cuenta una enfermera practicante o un asistente médico cambia de un estado a otro: consúltelo localmente. No se confirmó el código NUCC de los asistentes médicos.",
    },
    bcaba: {
      label: "Analista de conducta asistente certificado (BCaBA / LaBA)",
      abbreviation: "BCaBA / LaBA",
      description:
        "Un analista de conducta asistente con título universitario: ayuda a evaluar y a escribir planes de conducta, siempre bajo la supervisión de un analista de conducta.",
      cannot: [
        "trabaja solo bajo la supervisión de un analista de conducta",
        "no puede diagnosticar ni dar psicoterapia",
      ],
    },
    "substance-use-counselor": {
      label: "Consejero/a en uso de sustancias (SUD counselor)",
      abbreviation: "Consejero/a en uso de sustancias",
      description:
        "Un consejero de adicciones certificado o con licencia (CADC, LCDC, CASAC, SUDP y otros): evaluación y consejería sobre el uso de sustancias, incluidas sesiones con la familia.",
      cannot: ["no puede recetar medicamentos", "el diagnóstico de salud mental queda fuera de su función"],
    },
    "associate-social-worker": {
      label: "Asociado de trabajo social, interno o supervisado (en camino a la licencia clínica)",
      abbreviation: "Asociado de trabajo social",
      description:
        "Un trabajador social con maestría con licencia o registro para hacer trabajo clínico solo bajo un supervisor identificado, mientras reúne horas para la licencia clínica independiente. Cada estado lo nombra distinto (ASW, LMSW, LSW, LLMSW, CSWA, interno).",
      cannot: [
        "no puede ejercer por su cuenta: solo bajo un supervisor con licencia, identificado por nombre",
        "no puede recetar medicamentos",
      ],
    },
    "associate-counselor": {
      label: "Consejero asociado, interno o residente (en camino a la licencia)",
      abbreviation: "Consejero asociado",
      description:
        "Un consejero con maestría que da terapia solo bajo un supervisor identificado, mientras reúne horas para la licencia de consejería independiente. Cada estado lo nombra distinto (LPC Associate, LMHCA, APCC, LLPC, LAC, residente, interno).",
      cannot: [
        "no puede ejercer por su cuenta: solo bajo un supervisor con licencia, identificado por nombre",
        "no puede recetar medicamentos",
      ],
    },
    "associate-family-therapist": {
      label: "Asociado de terapia familiar o interno (en camino a la licencia LMFT)",
      abbreviation: "Asociado de terapia familiar",
      description:
        "Un terapeuta matrimonial y familiar con maestría que da terapia solo bajo un supervisor identificado, mientras reúne horas para la licencia LMFT. Cada estado lo nombra distinto (AMFT, LMFTA, LMFT Associate, LAMFT, interno).",
      cannot: [
        "no puede ejercer por su cuenta: solo bajo un supervisor con licencia, identificado por nombre",
        "no puede recetar medicamentos",
      ],
    },
    "behavioral-health-technician": {
      label: "Paraprofesional: técnico de salud conductual o trabajador de habilidades",
      abbreviation: "Paraprofesional",
      description:
        "Personal sin licencia clínica que enseña y practica habilidades y ayuda a coordinar la atención con el plan de un clínico. Es un apoyo útil, pero no es terapia y no diagnostica.",
      cannot: [
        "no puede diagnosticar ni hacer evaluaciones clínicas",
        "no puede dar psicoterapia, tratamiento del trauma ni terapia familiar",
        "trabaja con el plan de un clínico, bajo supervisión",
      ],
    },
    unknown: {
      label: "Todavía no se sabe",
      abbreviation: "Desconocida",
      description:
        "Nadie ha dicho todavía cuál es la credencial de esta persona. Hasta saberlo, lo que hace cuenta como no verificado: pregúntele.",
      cannot: [],
    },
    ...stateTitlesEs,
  },
  services: {
    "diagnostic-assessment": {
      label: "Evaluación diagnóstica completa",
      description:
        "Un clínico reúne la historia del niño, observa y hace pruebas, y pone nombre a lo que pasa (un diagnóstico) para elegir el tratamiento con intención.",
    },
    "psych-testing": {
      label: "Pruebas psicológicas o neuropsicológicas",
      description:
        "Pruebas estandarizadas de pensamiento, aprendizaje, atención y emociones, calificadas e interpretadas por un psicólogo.",
      variesByState:
        "Si las pruebas de un psicólogo escolar sirven para algo más que la elegibilidad educativa cambia de un estado a otro.",
    },
    "individual-therapy": {
      label: "Psicoterapia individual",
      description:
        "Sesiones regulares con un terapeuta que usa un método clínico para tratar lo que encontró la evaluación, no solo para apoyar o animar al niño.",
    },
    "family-therapy": {
      label: "Terapia familiar",
      description:
        "Terapia con la familia reunida, que trabaja en cómo se relacionan y se responden sus miembros, dirigida por un clínico preparado para hacerlo.",
    },
    "trauma-treatment": {
      label: "Tratamiento del trauma basado en evidencia",
      description:
        "Un tratamiento estructurado que ha demostrado ayudar a los niños a sanar del trauma, como TF-CBT, CPP para niños de hasta 5 años o EMDR. Requiere un terapeuta clínicamente calificado y además capacitado en un modelo centrado en el trauma; estar informado sobre el trauma no es lo mismo, y PCIT es entrenamiento para padres, no tratamiento del trauma.",
    },
    "medication-management": {
      label: "Manejo de medicamentos",
      description:
        "Decidir si un medicamento ayudaría, recetarlo y dar seguimiento a sus efectos y efectos secundarios.",
    },
    "medical-monitoring": {
      label: "Control médico",
      description:
        "Un médico u otro clínico médico revisa el cuerpo del niño además de la mente: peso, ritmo cardíaco, análisis y crecimiento, como lo exige un trastorno de la conducta alimentaria.",
    },
    "safety-planning": {
      label: "Plan de crisis y de seguridad",
      description:
        "Un plan escrito con el niño y la familia: señales de alerta, qué hacer, a quién llamar y cómo mantener segura la casa cuando llega una crisis.",
    },
    "substance-use-treatment": {
      label: "Tratamiento del uso de sustancias",
      description:
        "Evaluación y consejería por el uso de alcohol o drogas, a menudo con la familia, y medicamentos cuando un médico los añade.",
    },
    "behavior-plan": {
      label: "Plan de apoyo conductual o ABA",
      description:
        "Un plan basado en una evaluación funcional de por qué ocurre una conducta, con pasos concretos para la casa y la escuela, diseñado por un analista de conducta.",
    },
    "skills-training": {
      label: "Entrenamiento de habilidades",
      description:
        "Práctica y acompañamiento en habilidades diarias: calmarse, manejar conflictos, comunicarse, rutinas. Es un apoyo útil, pero no es terapia.",
    },
    "care-coordination": {
      label: "Administración de casos y coordinación de la atención",
      description:
        "Alguien que conecta a la familia con los servicios, mantiene al equipo en comunicación y planea transiciones como el alta de un hospital.",
    },
    "peer-family-support": {
      label: "Apoyo entre pares, familiar o juvenil",
      description:
        "Apoyo de alguien que lo ha vivido: acompaña a padres o jóvenes, ayuda a moverse por los sistemas y habla por la familia en las reuniones.",
    },
    "parent-training": {
      label: "Entrenamiento para padres (PMT, PCIT)",
      description:
        "Un clínico enseña y guía a los padres en formas concretas y probadas de responder a la conducta del niño. Practicar habilidades de relación entre padres e hijos con alguien no clínico no es lo mismo.",
    },
    "school-supports": {
      label: "Apoyos escolares (plan IEP o 504)",
      description: "Evaluaciones, adaptaciones y servicios en la escuela, puestos por escrito en un plan IEP o 504.",
    },
    respite: {
      label: "Relevo (respite)",
      description:
        "Descansos planeados para la familia: una persona de confianza cuida al niño un rato para que los padres y los hermanos puedan descansar.",
      unverified: "No se encontró ningún requisito de credencial para quienes dan relevo: consúltelo localmente.",
    },
  },
  needs: {
    trauma: {
      label: "Trauma o TEPT (PTSD)",
      description:
        "El niño vivió algo abrumador y todavía lo carga: pesadillas, sobresaltos, evitar cosas, explosiones que parecen desobediencia.",
    },
    aggression: {
      label: "Violencia o agresión",
      description: "Golpear, lanzar cosas, amenazar o romper cosas, en casa o en la escuela.",
      unverified: "No se encontró una guía específica para la agresión; estos servicios siguen guías relacionadas.",
    },
    "school-refusal": {
      label: "Rechazo a ir a la escuela",
      description: "El niño no puede o no quiere ir a la escuela, muchas veces por ansiedad.",
    },
    "substance-use": {
      label: "Uso de sustancias",
      description: "Uso de alcohol, cannabis, vapeadores u otras drogas.",
    },
    "screen-overuse": {
      label: "Uso excesivo de pantallas o videojuegos",
      description:
        "Las pantallas o los juegos le quitan espacio al sueño, la escuela y la vida familiar, y poner límites termina en peleas.",
      unverified: "No se encontró una guía para niños; la evaluación busca lo que hay debajo.",
    },
    "sexualized-behavior": {
      label: "Conducta sexualizada (12 años o menos)",
      description: "Conducta sexual poco común para la edad del niño o que involucra a otros niños.",
    },
    "neurodivergent-overwhelm": {
      label: "Saturación por autismo o TDAH (ADHD)",
      description: "Un niño autista o con TDAH se desborda, se cierra o le cuesta llegar al final del día.",
    },
    "self-harm": {
      label: "Autolesiones o pensamientos suicidas",
      description: "El niño se hace daño, habla de morir o lo ha intentado.",
    },
    psychosis: {
      label: "Psicosis",
      description: "El niño oye o ve cosas que los demás no, o tiene creencias que no corresponden con la realidad.",
    },
    "eating-disorder": {
      label: "Trastorno de la conducta alimentaria",
      description: "Restringir la comida, darse atracones o purgarse, o miedo en torno a la comida y el peso.",
    },
    "family-stress": {
      label: "Estrés de hermanos o padres",
      description: "Los hermanos y los padres están agotados por la tensión en casa y también necesitan cuidado.",
    },
  },
  treatmentModels: {
    "tf-cbt": {
      description: "Terapia cognitivo-conductual centrada en el trauma, para el niño y sus cuidadores juntos.",
    },
    pcit: {
      description:
        "Terapia de interacción entre padres e hijos: un terapeuta guía al padre en vivo mientras juega con el niño, para la conducta disruptiva. Es entrenamiento para padres, no tratamiento del trauma.",
    },
    emdr: {
      description:
        "Desensibilización y reprocesamiento por movimientos oculares, una terapia estructurada para el trauma.",
      unverified: "La referencia da sus edades solo como de niños a adultos: la edad mínima no está confirmada.",
    },
    dbt: {
      description:
        "Terapia dialéctica conductual: habilidades para emociones intensas, usada a menudo cuando hay autolesiones.",
    },
    cbt: {
      description: "Terapia cognitivo-conductual, incluido el trabajo de exposición para la ansiedad.",
      unverified: "La referencia no da edades para la CBT en general: desde los 6 años es una estimación.",
    },
    fbt: {
      description:
        "Tratamiento basado en la familia (Maudsley) para los trastornos de la conducta alimentaria: los padres guían la alimentación del hijo, con un terapeuta y controles médicos a la par. La primera opción para adolescentes con anorexia.",
      unverified: "La referencia dice adolescentes sin una edad exacta: de 12 a 18 años es una estimación.",
    },
    pmt: {
      description: "Entrenamiento en manejo para padres.",
      unverified: "La referencia no da edades para PMT: de 2 a 17 años es una estimación.",
    },
    aba: {
      description: "Análisis aplicado de la conducta.",
      unverified: "La referencia no da edades para ABA: de 0 a 21 años es una estimación.",
    },
    cpp: {
      description:
        "Psicoterapia niño-padre: tratamiento del trauma para niños de hasta 5 años, con el padre o la madre en cada sesión, para sanar el vínculo entre ellos.",
    },
    "psb-cbt": {
      description:
        "Tratamiento cognitivo-conductual para la conducta sexual problemática en niños y adolescentes; los cuidadores deben participar.",
    },
    mst: {
      description:
        "Terapia multisistémica: ayuda intensiva en el hogar y la comunidad para adolescentes con problemas graves de conducta.",
    },
    fft: {
      description:
        "Terapia familiar funcional: sesiones familiares semanales para problemas de conducta y emocionales en adolescentes.",
    },
    mdft: {
      description:
        "Terapia familiar multidimensional: tratamiento basado en la familia para el uso de sustancias de un adolescente.",
      unverified: "La referencia dice adolescentes sin una edad exacta: de 12 a 18 años es una estimación.",
    },
    "a-cra": {
      description:
        "Enfoque de refuerzo comunitario para adolescentes: tratamiento del uso de sustancias con sesiones para el joven, el cuidador y ambos juntos.",
    },
    "dbt-a": {
      description:
        "Terapia dialéctica conductual para adolescentes: terapia individual, grupos de habilidades con la familia y apoyo por teléfono, para autolesiones e intentos de suicidio.",
    },
  },
  questions: {
    licensed: {
      text: "¿Usted es un clínico con licencia?",
      why: "Distingue la terapia del apoyo: solo los clínicos con licencia (o en formación y supervisados) pueden diagnosticar y tratar.",
    },
    "therapy-or-support": {
      text: "¿Usted da terapia directamente o es parte del equipo de apoyo?",
      why: "Muchas personas con títulos que suenan clínicos están para apoyar, no para tratar.",
    },
    interventions: {
      text: "¿Qué intervenciones usa?",
      why: "Un método con nombre (TF-CBT, PCIT, DBT…) indica que hay un plan; una respuesta vaga merece otra pregunta.",
    },
    oversight: {
      text: "¿Quién supervisa este caso?",
      why: "Alguien clínicamente calificado debe supervisar a un paraprofesional y ser responsable del plan de tratamiento.",
    },
    "family-therapy": {
      text: "¿Quién puede dar terapia familiar?",
      why: "La terapia familiar requiere un clínico preparado para hacerla; practicar habilidades no la reemplaza.",
    },
    "trauma-informed": {
      text: "¿Tiene formación en atención informada sobre el trauma?",
      why: "Estar informado sobre el trauma es buena práctica; el tratamiento del trauma requiere además formación en un modelo específico.",
    },
    "involves-family": {
      text: "¿Incluye a los padres y a los hermanos?",
      why: "Los niños avanzan más rápido cuando la familia es parte del trabajo.",
    },
  },
};
