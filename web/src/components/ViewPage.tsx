import type { ReactNode } from 'react';

/**
 * A view's page: its section (`view` and the view's own class), a header with the view's title, its hint and any
 * tools that follow them (a filter box), then the view's body.
 */
export function ViewPage({
  className,
  testId,
  title,
  hint,
  hintClassName,
  tools,
  children,
}: {
  className?: string;
  testId?: string;
  title: ReactNode;
  hint: ReactNode;
  /** a class beside `hint` */
  hintClassName?: string;
  tools?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className={className ? `view ${className}` : 'view'} data-testid={testId}>
      <header className="view-header">
        <h2>{title}</h2>
        <p className={hintClassName ? `hint ${hintClassName}` : 'hint'}>{hint}</p>
        {tools}
      </header>
      {children}
    </section>
  );
}
