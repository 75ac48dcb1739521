// Progressive enhancement only: every page works without this file.
// Glossary tooltips: Escape hides the open definition without moving focus (WCAG 1.4.13), and on a
// touch screen the first tap on a term shows its definition, the second follows the link.
(() => {
  const tipOf = (node) => node instanceof Element ? node.closest(".term")?.querySelector(".term-tip") : null;
  const show = (event) => { const tip = tipOf(event.target); if (tip) tip.hidden = false; };
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
