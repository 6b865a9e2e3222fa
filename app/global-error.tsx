"use client";

// Replaces the root layout when it fails, so no providers, translations or global CSS:
// the two catalogue languages are hard-coded here, and only here.
export default function GlobalError({ retry }: { error: unknown; retry: () => void; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem auto", maxWidth: "36rem", padding: "0 1rem", color: "#0f172a" }}>
        <title>Vaxport</title>
        <h1>Something went wrong</h1>
        <p lang="hi">कुछ गड़बड़ हो गई</p>
        <button
          type="button"
          onClick={() => retry()}
          style={{ background: "#0b5c6b", color: "#fff", border: 0, borderRadius: 6, padding: "0.6rem 1rem", fontSize: "1rem" }}
        >
          Try again · <span lang="hi">फिर से कोशिश करें</span>
        </button>
      </body>
    </html>
  );
}
