// The Gizmo editor: CodeMirror 6 with JavaScript highlighting; Ctrl-Enter
// (Cmd-Enter) runs the script.
import { EditorView, basicSetup } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";

export function createEditor(parent, doc, onRun) {
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { onRun(); return true; } }])),
      basicSetup,
      javascript(),
      EditorView.theme({ "&": { fontSize: "13.5px" }, ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" } }),
    ],
  });
  window.__ngEditor = view;
  return view;
}

export function editorText(view) {
  return view.state.doc.toString();
}

// gotoLine puts the cursor at the start of a line of the script.
export function gotoLine(view, line) {
  if (!line || line > view.state.doc.lines) return;
  const pos = view.state.doc.line(line).from;
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}
