using System.Text;

namespace Briefings.Cli.Serve;

/// <summary>
/// The script the server adds to the HTML it sends (never to the files on disk): it listens to the server's events,
/// reloads the page after a new build and shows a build's errors over the page. The paths lie outside any site's
/// pages (the server answers them before looking at the site).
/// </summary>
public static class LiveReload
{
    public const string EventsPath = "/__briefings/events";
    public const string ScriptPath = "/__briefings/live.js";

    private static ReadOnlySpan<byte> BodyEnd => "</body"u8;

    /// <summary>The tag added before the last <c>&lt;/body&gt;</c>; it names the build the page comes from.</summary>
    public static byte[] Tag(long build) => Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" data-build=\"{build}\"></script>");

    /// <summary>The page with the tag before its last <c>&lt;/body&gt;</c> (any case), or at its end when it has none.</summary>
    public static byte[] Inject(ReadOnlySpan<byte> html, long build)
    {
        var tag = Tag(build);
        var at = LastBodyEnd(html);
        if (at < 0) at = html.Length;
        var page = new byte[html.Length + tag.Length];
        html[..at].CopyTo(page);
        tag.CopyTo(page.AsSpan(at));
        html[at..].CopyTo(page.AsSpan(at + tag.Length));
        return page;
    }

    private static int LastBodyEnd(ReadOnlySpan<byte> html)
    {
        for (var i = html.Length - BodyEnd.Length; i >= 0; i--)
        {
            if (!Ascii.EqualsIgnoreCase(html.Slice(i, BodyEnd.Length), BodyEnd)) continue;
            var next = i + BodyEnd.Length;
            if (next == html.Length || html[next] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') return i;
        }
        return -1;
    }

    /// <summary>
    /// The client. User data (file names, messages) only ever goes in as text (<c>textContent</c>), never as markup. The
    /// overlay lives in a shadow root so the site's styles neither hide it nor are changed by it. EventSource raises an
    /// event named <c>error</c> of its own when the connection drops (a plain Event, no data): only a MessageEvent is a build's.
    /// </summary>
    public const string Client = """
        (() => {
          'use strict';
          const me = document.currentScript;
          const shown = me ? me.dataset.build : null;
          let host = null;
          const hide = () => { if (host) { host.remove(); host = null; } };
          const show = (report) => {
            hide();
            host = document.createElement('briefings-build-errors');
            host.id = 'briefings-build-errors';
            const root = host.attachShadow({ mode: 'open' });
            const style = document.createElement('style');
            style.textContent = `
              .box { position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 2147483647; max-height: 60vh; overflow: auto;
                     background: #fff; color: #1a1a1a; border: 3px solid #b00020; border-radius: 6px; padding: 1rem 1.25rem;
                     font: 16px/1.5 system-ui, sans-serif; box-shadow: 0 4px 24px rgba(0,0,0,.35); }
              h2 { margin: 0 2.5rem .5rem 0; font-size: 1.1rem; color: #b00020; }
              ul { margin: .5rem 0; padding-left: 1.25rem; }
              li { margin: .25rem 0; }
              code { font: 14px/1.4 ui-monospace, monospace; background: #f3f3f3; padding: 0 .25rem; }
              p { margin: .5rem 0 0; color: #444; }
              button { position: absolute; top: .5rem; right: .5rem; font: inherit; font-size: 1.25rem; line-height: 1; padding: .25rem .6rem;
                       background: #fff; color: #1a1a1a; border: 1px solid #888; border-radius: 4px; cursor: pointer; }
              button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }`;
            const box = document.createElement('section');
            box.className = 'box';
            box.setAttribute('role', 'alert');
            box.setAttribute('aria-labelledby', 'briefings-build-errors-title');
            const title = document.createElement('h2');
            title.id = 'briefings-build-errors-title';
            const errors = report.errors || [];
            title.textContent = errors.length === 1 ? 'The build failed: 1 error' : `The build failed: ${errors.length} errors`;
            const list = document.createElement('ul');
            for (const error of errors) {
              const item = document.createElement('li');
              if (error.file) {
                const where = document.createElement('code');
                where.textContent = `${error.file}:${error.line}:${error.column}`;
                item.append(where, ' ');
              }
              item.append(`${error.code ? error.code + ': ' : ''}${error.message}`);
              list.append(item);
            }
            const note = document.createElement('p');
            note.textContent = 'The page shows the last good build. Fix the error and save: this page reloads by itself.';
            const close = document.createElement('button');
            close.type = 'button';
            close.textContent = '\u00d7';
            close.setAttribute('aria-label', 'Dismiss the build errors');
            close.addEventListener('click', hide);
            box.append(close, title, list, note);
            root.append(style, box);
            document.body.append(host);
          };
          document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
          const fresh = (e) => {
            const state = JSON.parse(e.data);
            hide();
            if (String(state.build) !== shown) location.reload();
          };
          const events = new EventSource('/__briefings/events');
          events.addEventListener('reload', fresh);
          events.addEventListener('ok', fresh);
          events.addEventListener('error', (e) => { if (e instanceof MessageEvent) show(JSON.parse(e.data)); });
        })();
        """;
}
