import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { KeptView } from './KeptView.tsx';

describe('en fane der bevares mellem besøg', () => {
  it('en fane der endnu ikke er vist, bygges ikke', () => {
    expect(
      renderToStaticMarkup(
        <KeptView active={false}>
          <p>Budget</p>
        </KeptView>,
      ),
    ).toBe('');
  });

  it('den viste fane fylder arbejdsområdet og kan ses', () => {
    const html = renderToStaticMarkup(
      <KeptView active>
        <p>Forslag</p>
      </KeptView>,
    );
    expect(html).toContain('<p>Forslag</p>');
    expect(html).toContain('display:flex');
    expect(html).not.toContain('content-visibility');
    expect(html).not.toContain('aria-hidden');
  });
});
