export * from "./kinds";
export * from "./deadlines";
export { addSchoolDays, isWeekday } from "./school-days";
