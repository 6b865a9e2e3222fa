import type { ReactNode } from "react";

export type CardProps = {
  /** The element to render; use "li" inside a list of cards, "section"/"article" with a heading. */
  as?: "div" | "section" | "article" | "li";
  className?: string;
  children: ReactNode;
};

export function Card({ as: Element = "div", className, children }: CardProps) {
  return (
    <Element
      className={["rounded-lg border border-slate-300 bg-white p-5 shadow-sm", className]
        .filter(Boolean)
        .join(" ")}
    >
      {children}
    </Element>
  );
}
