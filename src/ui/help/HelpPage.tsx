import { createEffect, createMemo, For, Match, on, Switch, type JSX } from 'solid-js';
import { language } from '../../state/language';
import { route, routeBeforeHelp, routeHref } from '../../state/router';
import { t } from '../i18n/t';
import { parseMarks, type Block, type Text } from './guide';
import { guideEn } from './guideEn';
import { guideVi } from './guideVi';

/** The element of a section: `help-<id>`; its address is `#/help/<id>`. */
export const sectionElementId = (id: string) => `help-${id}`;

/**
 * The user guide (`#/help`), in the interface's language: a table of contents and the sections, each at its
 * own address (`#/help/<id>`), so a contents link, a bookmark and the browser's Back all work with the
 * app's hash routes. Loaded on demand (onDemand.ts) and precached with the rest of the app.
 */
export function HelpPage() {
  const guide = createMemo(() => (language() === 'en' ? guideEn : guideVi));
  const section = createMemo(() => {
    const r = route();
    return r.page === 'help' ? r.section : undefined;
  });
  const sectionHeading = (id: string | undefined) => (id ? document.getElementById(sectionElementId(id))?.querySelector('h2') : undefined);
  // A section's address brings it to the top and gives its heading the focus, for keyboards and screen readers.
  createEffect(on(section, (id) => {
    const heading = sectionHeading(id);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }));
  // The other language's text is longer or shorter: the section shown stays in view (the focus stays on the language menu).
  createEffect(on(guide, () => sectionHeading(section())?.scrollIntoView({ block: 'start' }), { defer: true }));

  return (
    <div class="help-page" data-testid="help-page" lang={guide().locale}>
      <div class="help-heading">
        <a class="help-back" data-testid="help-back" href={routeHref(routeBeforeHelp())}>{t('helpBack')}</a>
        <h1>{t('helpTitle')}</h1>
      </div>
      <div class="help-layout">
        <nav class="help-toc" aria-labelledby="help-contents" data-testid="help-contents">
          <h2 id="help-contents">{guide().contents}</h2>
          <ul>
            <For each={guide().sections}>
              {(s) => (
                <li><a href={routeHref({ page: 'help', section: s.id })} aria-current={section() === s.id ? 'location' : undefined}>{s.title}</a></li>
              )}
            </For>
          </ul>
        </nav>
        <article class="help-article">
          <p class="help-intro"><Marked text={guide().intro} /></p>
          <For each={guide().sections}>
            {(s) => (
              <section id={sectionElementId(s.id)} class="help-section" data-testid="help-section" data-section={s.id}
                aria-labelledby={`${sectionElementId(s.id)}-title`}>
                <h2 id={`${sectionElementId(s.id)}-title`} tabindex="-1">{s.title}</h2>
                <For each={s.blocks}>{(block) => <GuideBlock block={block} />}</For>
              </section>
            )}
          </For>
        </article>
      </div>
    </div>
  );
}

function GuideBlock(props: { block: Block }) {
  return (
    <Switch>
      <Match when={props.block.kind === 'paragraph' && props.block} keyed>{(b) => <p><Marked text={b.text} /></p>}</Match>
      <Match when={props.block.kind === 'subheading' && props.block} keyed>{(b) => <h3>{b.text}</h3>}</Match>
      <Match when={props.block.kind === 'steps' && props.block} keyed>
        {(b) => <ol class="help-steps"><For each={b.items}>{(item) => <li><Marked text={item} /></li>}</For></ol>}
      </Match>
      <Match when={props.block.kind === 'list' && props.block} keyed>
        {(b) => <ul><For each={b.items}>{(item) => <li><Marked text={item} /></li>}</For></ul>}
      </Match>
      <Match when={props.block.kind === 'table' && props.block} keyed>
        {(b) => (
          <Table head={b.head}>
            <For each={b.rows}>{(row) => <tr><For each={row}>{(cell) => <td><Marked text={cell} /></td>}</For></tr>}</For>
          </Table>
        )}
      </Match>
      <Match when={props.block.kind === 'headers' && props.block} keyed>
        {(b) => (
          <Table head={b.head}>
            <For each={b.rows}>
              {(row) => (
                <tr data-reads={row.reads}>
                  <td><Marked text={row.label} /></td>
                  <td><For each={row.headers}>{(header, i) => <>{i() > 0 ? ', ' : ''}<code>{header}</code></>}</For></td>
                  <td><Marked text={row.note} /></td>
                </tr>
              )}
            </For>
          </Table>
        )}
      </Match>
      <Match when={props.block.kind === 'rules' && props.block} keyed>
        {(b) => (
          <Table head={b.head}>
            <For each={Object.entries(b.rules)}>
              {([rule, help]) => (
                <tr data-testid="help-rule" data-rule={rule}>
                  <td class="help-message">{help.shown}</td>
                  <td><Marked text={help.severity} /></td>
                  <td><Marked text={help.meaning} /></td>
                  <td><Marked text={help.fix} /></td>
                </tr>
              )}
            </For>
          </Table>
        )}
      </Match>
    </Switch>
  );
}

function Table(props: { head: readonly Text[]; children: JSX.Element }) {
  return (
    <div class="help-table-wrap">
      <table class="help-table">
        <thead><tr><For each={props.head}>{(h) => <th scope="col"><Marked text={h} /></th>}</For></tr></thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

/** A text with its marks: names on screen in bold, examples as code, keys as keys. Always inserted as text. */
function Marked(props: { text: Text }) {
  return (
    <For each={parseMarks(props.text)}>
      {(m) => (m.kind === 'name' ? <strong>{m.text}</strong> : m.kind === 'example' ? <code>{m.text}</code> : m.kind === 'key' ? <kbd>{m.text}</kbd> : m.text)}
    </For>
  );
}
