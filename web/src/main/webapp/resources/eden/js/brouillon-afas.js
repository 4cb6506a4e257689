/*
 * R-AFAS-6: what a provider typed is saved before he loses it, not only 3 s after his last keystroke.
 * - Leaving the page (link, address, closing the tab): "pagehide" posts each form he may write, as its
 *   "Enregistrer" button would, with navigator.sendBeacon (an AJAX request would be cancelled with the page).
 * - The tab hidden, or the session about to expire (p:idleMonitor of the page): his "Enregistrer"
 *   buttons are clicked (AJAX, the page stays up to date).
 * The server saves only what changed, with the version the page read: a newer version of another
 * provider is never overwritten (the optimistic lock refuses, the page says so).
 */
(function () {
    var PARTIES = ['parties:activite', 'parties:finances'];

    function boutons() {
        return PARTIES.map(function (f) { return document.getElementById(f + ':enregistrer'); })
            .filter(function (b) { return b !== null; });
    }

    window.edenEnregistrerBrouillons = function () {
        boutons().forEach(function (b) { b.click(); });
    };

    window.addEventListener('pagehide', function () {
        boutons().forEach(function (bouton) {
            var formulaire = bouton.form || document.getElementById(bouton.id.replace(/:enregistrer$/, ''));
            var donnees = new URLSearchParams(new FormData(formulaire));
            donnees.append(bouton.id, bouton.id);
            navigator.sendBeacon(formulaire.action, donnees);
        });
    });

    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            window.edenEnregistrerBrouillons();
        }
    });
})();
