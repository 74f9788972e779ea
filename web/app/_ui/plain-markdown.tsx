import { Fragment, type ReactNode } from 'react';

/** `**bold**` within a line, as React text: nothing the author typed is ever read as HTML. */
function inline(text: string): ReactNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/g)
    .map((part, index) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4 ? (
        <strong key={index}>{part.slice(2, -2)}</strong>
      ) : (
        <Fragment key={index}>{part}</Fragment>
      ),
    );
}

/**
 * The help's plain markup (the regional operator writes it in the registry cabinet): paragraphs split by an empty
 * line, lines starting «- » as a list, `**bold**`. Rendered as React elements, so a tag typed in the text shows as
 * the text it is.
 */
export function PlainMarkdown({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/).filter((block) => block.trim());
  return (
    <>
      {blocks.map((block, index) => {
        const lines = block.split('\n');
        if (lines.every((line) => line.startsWith('- '))) {
          return (
            <ul key={index}>
              {lines.map((line, item) => (
                <li key={item}>{inline(line.slice(2))}</li>
              ))}
            </ul>
          );
        }
        return <p key={index}>{inline(lines.join(' '))}</p>;
      })}
    </>
  );
}
