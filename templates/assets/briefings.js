// Progressive enhancement only: every page works without this file.
// Glossary tooltips: Escape hides the open definition without moving focus (WCAG 1.4.13), and on a
// touch screen the first tap on a term shows its definition, the second follows the link.
(() => {
  const tipOf = (node) => node instanceof Element ? node.closest(".term")?.querySelector(".term-tip") : null;
  // The stylesheet puts a definition at the start of its paragraph, under the term's line, so that it is on screen
  // without this script; here it moves under the term itself, as far as the paragraph's width allows.
  const place = (tip) => {
    const term = tip.closest(".term")?.querySelector(".term-link");
    const box = tip.offsetParent?.getBoundingClientRect();
    if (!term || !box || tip.offsetWidth === 0) return;
    const left = term.getClientRects()[0]?.left ?? box.left;
    tip.style.left = `${Math.max(0, Math.min(left - box.left, box.width - tip.offsetWidth))}px`;
  };
  const show = (event) => {
    const tip = tipOf(event.target);
    if (!tip) return;
    tip.hidden = false;
    tip.style.left = "";
    requestAnimationFrame(() => place(tip));
  };
  document.addEventListener("focusin", show);
  document.addEventListener("pointerover", show);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") document.querySelectorAll(".term-tip").forEach((tip) => { tip.hidden = true; });
  });

  let touch = false;
  document.addEventListener("pointerdown", (event) => { touch = event.pointerType === "touch"; });
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest(".term-link") : null;
    if (!link || !touch || link.dataset.opened) return;
    event.preventDefault();
    document.querySelectorAll(".term-link[data-opened]").forEach((other) => { delete other.dataset.opened; });
    link.dataset.opened = "true";
    link.focus();
  });
})();
