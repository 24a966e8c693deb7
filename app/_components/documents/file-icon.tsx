/** A sheet of paper, for lists of documents; decorative (the text beside it says what it is). */
export function FileIcon({ className = "size-4" }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinejoin="round"
      className={`shrink-0 ${className}`}
    >
      <path d="M4 1.5h5.5L13 5v9.5H4z" />
      <path d="M9.5 1.5V5H13M6 8h5M6 10.5h5" />
    </svg>
  );
}
