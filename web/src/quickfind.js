// The header's find-as-you-type box: entities whose names or aliases start
// with what was typed; Enter opens the first, or the search page.
import { api } from "./api.js";
import { clear, h, entityHref, typeChip } from "./dom.js";

export function setupQuickfind(input, list) {
  let seq = 0;
  let items = [];
  let active = -1;
  const close = () => { list.hidden = true; active = -1; };
  const open = (i) => { location.hash = entityHref(items[i].key); input.value = ""; close(); };
  input.addEventListener("input", async () => {
    const prefix = input.value.trim();
    const my = ++seq;
    if (!prefix) return close();
    try {
      const hits = await api.entities(prefix, 8);
      if (my !== seq) return;
      items = hits;
      clear(list);
      active = -1;
      hits.forEach((e, i) => list.append(h("li", { onmousedown: (ev) => { ev.preventDefault(); open(i); } },
        typeChip(e.type), " ", h("span", { class: "name" }, e.title),
        e.text ? h("span", { class: "aka" }, e.text) : null)));
      if (!hits.length) list.append(h("li", { class: "muted" }, "No entity — press Enter to search the text"));
      list.hidden = false;
    } catch (e) {
      close();
    }
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!items.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      [...list.children].forEach((li, i) => li.classList.toggle("active", i === active));
    } else if (ev.key === "Enter") {
      if (active >= 0) return open(active);
      location.hash = "#/search?q=" + encodeURIComponent(input.value.trim());
      close();
    } else if (ev.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}
