/*
 * A dialog gives the focus back to what opened it when it closes (WCAG 2.4.3, RGAA 12.8): by
 * Escape, its close button or its own action. PrimeFaces' Dialog does not when the opener was
 * busy with an AJAX request while the dialog opened (PrimeFaces disables a button during its
 * request, which drops its focus), and a keyboard user would be sent back to the top of the page.
 * So the last element focused outside any dialog is remembered as it gets the focus, by element
 * and by id, since an AJAX update may have rendered it anew in the meantime.
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Dialog) {
        return;
    }
    var dernier = null;
    document.addEventListener('focusin', function (evenement) {
        var cible = evenement.target;
        if (cible && cible !== document.body && !(cible.closest && cible.closest('.ui-dialog'))) {
            dernier = cible;
        }
    });
    var dialogue = PrimeFaces.widget.Dialog.prototype;
    var montrer = dialogue.show;
    var cacher = dialogue.hide;

    dialogue.show = function () {
        var actif = document.activeElement && document.activeElement !== document.body ? document.activeElement : dernier;
        if (actif && !this.jq[0].contains(actif)) {
            this.edenOuvreur = actif;
            this.edenIdOuvreur = actif.id || null;
        }
        return montrer.apply(this, arguments);
    };

    dialogue.hide = function () {
        var resultat = cacher.apply(this, arguments);
        var ouvreur = this.edenOuvreur && document.body.contains(this.edenOuvreur) ? this.edenOuvreur
            : (this.edenIdOuvreur ? document.getElementById(this.edenIdOuvreur) : null);
        if (ouvreur) {
            // After PrimeFaces' own hiding work of this turn, which may move the focus to the body.
            window.setTimeout(function () { ouvreur.focus(); }, 0);
        }
        return resultat;
    };
})();
