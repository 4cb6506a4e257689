/*
 * What every screen needs and no PrimeFaces component gives on its own, done once for the whole
 * portal (RGAA 4.1, WCAG 2.1 AA) and again after each AJAX update:
 *
 * - every data table has a caption naming what it lists (RGAA 5.4, WCAG 1.3.1): the words of its
 *   data-legende attribute (passed through by the page), else its header, else the heading
 *   just before it; hidden to the eye (the heading is already there), read by screen readers;
 * - every field in error is marked (aria-invalid) and tied to its message (aria-describedby,
 *   RGAA 11.10, WCAG 3.3.1): PrimeFaces' p:message does it for its own field, this covers the
 *   fields whose form shows its messages in one p:messages at the top;
 * - Enter on a link inside a data table follows the link (WCAG 2.1.1): PrimeFaces 15's tables move
 *   from cell to cell by keyboard, and on Enter they "click" the cell's first link through jQuery,
 *   which does not follow a link, and cancel the browser's own action, so the link did nothing;
 * - an icon-only button says in words what its name says (WCAG 2.5.3, RGAA 6.1 and 11.2: the
 *   accessible name contains the visible text, so voice control finds it): PrimeFaces renders the
 *   text of a p:commandButton without value, and of the date picker's trigger, as a hidden
 *   « ui-button » while its aria-label or title says what it does; that hidden text becomes the
 *   label, and the date picker's trigger, when it has no name yet, is named « Choisir une date ».
 */
(function () {
    var TABLEAUX = '.ui-datatable table, .ui-treetable table, table.eden-table';
    var TITRES = 'h1, h2, h3, h4, legend, .ui-panel-title, .ui-dialog-title';
    var CHAMPS = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea, [role=combobox]';

    function texte(element) {
        return element ? (element.textContent || '').replace(/\s+/g, ' ').trim() : '';
    }

    function legende(table) {
        var cadre = table.closest('.ui-datatable, .ui-treetable') || table;
        var explicite = cadre.getAttribute('data-legende') || table.getAttribute('data-legende');
        if (explicite) {
            return explicite;
        }
        var entete = cadre.querySelector('.ui-datatable-header, .ui-treetable-header');
        if (texte(entete)) {
            return texte(entete);
        }
        var retenu = null;
        document.querySelectorAll(TITRES).forEach(function (titre) {
            if (titre.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) {
                retenu = titre;
            }
        });
        return texte(retenu);
    }

    function legender() {
        document.querySelectorAll(TABLEAUX).forEach(function (table) {
            if (table.caption || table.getAttribute('role') === 'presentation' || table.closest('.ui-panelgrid')) {
                return;
            }
            var mots = legende(table);
            if (mots) {
                var caption = table.createCaption();
                caption.className = 'eden-invisible';
                caption.textContent = mots;
            }
        });
    }

    function enErreur(champ) {
        return champ.getAttribute('aria-invalid') === 'true' || !!champ.closest('.ui-state-error');
    }

    function lierLesMessages() {
        document.querySelectorAll('form').forEach(function (formulaire) {
            var messages = Array.prototype.filter.call(formulaire.querySelectorAll('.ui-messages'),
                function (m) { return m.id && texte(m); })[0];
            formulaire.querySelectorAll(CHAMPS).forEach(function (champ) {
                if (!enErreur(champ)) {
                    return;
                }
                champ.setAttribute('aria-invalid', 'true');
                if (messages && !champ.getAttribute('aria-describedby')) {
                    champ.setAttribute('aria-describedby', messages.id);
                }
            });
        });
    }

    var TEXTE_PAR_DEFAUT = 'ui-button';
    var CHOISIR_UNE_DATE = 'Choisir une date';

    function nommerLesBoutonsIcones() {
        document.querySelectorAll('.ui-button-icon-only').forEach(function (bouton) {
            var cache = bouton.querySelector('.ui-button-text');
            if (!cache || texte(cache) !== TEXTE_PAR_DEFAUT) {
                return;
            }
            var nom = (bouton.getAttribute('aria-label') || '').trim() || (bouton.getAttribute('title') || '').trim();
            if (!nom && bouton.classList.contains('ui-datepicker-trigger')) {
                nom = CHOISIR_UNE_DATE;
                bouton.setAttribute('aria-label', nom);
            }
            if (nom) {
                cache.textContent = nom;
            }
        });
    }

    // Before the table's own handler (capture phase): the browser then follows the link as anywhere
    // else, with a real click (a p:commandLink's handler runs as it would for the mouse).
    document.addEventListener('keydown', function (evenement) {
        var cible = evenement.target;
        if (evenement.key === 'Enter' && cible && cible.matches && cible.matches('a[href]')
            && cible.closest('.ui-datatable td, .ui-treetable td')) {
            evenement.stopPropagation();
        }
    }, true);

    var prevu = false;
    function appliquer() {
        prevu = false;
        legender();
        lierLesMessages();
        nommerLesBoutonsIcones();
    }

    function planifier() {
        if (!prevu) {
            prevu = true;
            window.setTimeout(appliquer, 0);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', appliquer);
    } else {
        appliquer();
    }
    // An AJAX update replaces parts of the page: what it brings is dealt with as it arrives.
    new MutationObserver(function (changements) {
        for (var i = 0; i < changements.length; i++) {
            if (changements[i].addedNodes.length) {
                planifier();
                return;
            }
        }
    }).observe(document.documentElement, {childList: true, subtree: true});
})();
