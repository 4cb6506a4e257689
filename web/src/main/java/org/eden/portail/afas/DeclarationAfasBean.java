package org.eden.portail.afas;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The declaration page (R-AFAS-3 to R-AFAS-6, R-AFAS-10): both parts as forms, each writable by
 * its providers only; totals and rates recomputed as the accountant types, without reload; a
 * draft saved a few seconds after the last keystroke; the controls with their justification
 * fields; a save that would overwrite another's refused and explained; the approver's actions.
 * Thin: every decision is the service's.
 */
@Named
@ViewScoped
public class DeclarationAfasBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeclarationService service;

    private Long id;
    private DeclarationVue vue;
    private final Map<Partie, List<LigneSaisie>> saisies = new EnumMap<>(Partie.class);
    private final Map<Partie, Map<Poste, BigDecimal>> enregistrees = new EnumMap<>(Partie.class);
    private final Map<String, String> justifications = new HashMap<>();
    /**
     * R-AFAS-6: per part, the version its figures on screen were read at; a save names it. Only a
     * save or a reload of that part moves it: the other part's save answers newer figures of this
     * one too, which the screen does not show, so saving from them would overwrite them unseen.
     */
    private final Map<Partie, Long> versionsLues = new EnumMap<>(Partie.class);
    private String commentaire;
    private String conflit;
    /** R-AFAS-6: the part refused, and line by line what the other saved against what this user typed. */
    private Partie partieEnConflit;
    private List<Ecart> ecarts = List.of();
    private Instant enregistreeLe;

    /** One line the other provider saved differently from what this one typed (R-AFAS-6). */
    public record Ecart(String libelle, BigDecimal votreSaisie, BigDecimal saVersion) implements Serializable {
    }

    /** f:viewAction: loads the declaration named in the address (the service checks the reader). */
    public void charger() throws java.io.IOException {
        if (vue != null) {
            return;
        }
        try {
            if (id != null) {
                montrer(service.consulter(id));
                return;
            }
        } catch (RegleMetierException e) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            message(FacesMessage.SEVERITY_WARN, "Déclaration introuvable", e.getMessage());
        }
        var externe = FacesContext.getCurrentInstance().getExternalContext();
        externe.redirect(externe.getRequestContextPath() + "/afas/declarations.xhtml");
    }

    /**
     * R-AFAS-6: « Reprendre sa version »: the other's figures of the part refused replace what was
     * typed (listed beside them in the conflict panel until then); the next save starts from them.
     */
    public void recharger() {
        DeclarationVue actuelle = service.consulter(id);
        if (partieEnConflit == null) {
            montrer(actuelle);
            return;
        }
        vue = actuelle;
        lire(partieEnConflit, actuelle);
        justifications.clear();
        actuelle.controles().forEach(r -> justifications.put(r.id(), r.justification()));
        message(FacesMessage.SEVERITY_INFO, "Version de l'autre fournisseur reprise",
                "La partie « " + partieEnConflit.getLibelle() + " » montre ce qui est enregistré : reportez vos chiffres, ils seront enregistrés.");
        conflit = null;
        partieEnConflit = null;
        ecarts = List.of();
    }

    /** Autosave and explicit save of one part: only what changed since the last save is sent. */
    public void enregistrer(String nomPartie) {
        Partie partie = Partie.valueOf(nomPartie);
        Map<Poste, BigDecimal> valeurs = valeurs(partie);
        if (valeurs.equals(enregistrees.get(partie))) {
            return;
        }
        if (partie == partieEnConflit) {
            // Never silently: what is typed stays on screen, unsaved, until the other's version is taken.
            ecarts = ecarts(partie, service.consulter(id));
            message(FacesMessage.SEVERITY_WARN, "Saisie non enregistrée (R-AFAS-6)", "La partie « " + partie.getLibelle()
                    + " » a été modifiée par un autre fournisseur : reprenez sa version (bouton « Reprendre sa version »), puis reportez vos chiffres.");
        } else {
            try {
                DeclarationVue nouvelle = service.enregistrer(id, partie, versionsLues.get(partie), valeurs);
                vue = nouvelle;
                enregistrees.put(partie, valeurs);
                versionsLues.put(partie, nouvelle.version(partie));
                enregistreeLe = partie == Partie.ACTIVITE ? nouvelle.activiteModifieeLe() : nouvelle.financesModifieeLe();
            } catch (RegleMetierException e) {
                if ("R-AFAS-6".equals(e.getRegle())) {
                    conflit = e.getMessage();
                    partieEnConflit = partie;
                    ecarts = ecarts(partie, service.consulter(id));
                    message(FacesMessage.SEVERITY_WARN, "Saisie non enregistrée (R-AFAS-6)", e.getMessage());
                } else {
                    message(FacesMessage.SEVERITY_WARN, "Saisie non enregistrée", e.getMessage());
                }
            }
        }
        // Only now that something was saved or refused: an autosave that found nothing new (the delayed keyup
        // after a change already saved) must not re-render the controls over a justification being typed.
        if (PrimeFaces.current().isAjaxRequest()) {
            PrimeFaces.current().ajax().update("controles", "conflit", "messages");
        }
    }

    public void justifier(String controleId) {
        try {
            montrer(service.justifier(id, controleId, justifications.get(controleId)));
            message(FacesMessage.SEVERITY_INFO, "Justification enregistrée", "L'avertissement " + controleId + " est justifié.");
        } catch (RegleMetierException e) {
            message(FacesMessage.SEVERITY_WARN, "Justification non enregistrée", e.getMessage());
        }
    }

    public void soumettre() {
        agir(() -> service.soumettre(id), "Déclaration soumise à l'approbateur", "L'approbateur est prévenu par courriel.");
    }

    public void transmettre() {
        agir(() -> service.transmettre(id), "Déclaration transmise à la Caf", "Elle n'est plus modifiable ; les fournisseurs sont prévenus.");
    }

    public void renvoyer() {
        agir(() -> service.renvoyer(id, commentaire), "Déclaration renvoyée aux fournisseurs", "Ils sont prévenus avec votre commentaire.");
        if (vue.resume().statut() != StatutDeclaration.A_APPROUVER) {
            commentaire = null;
        }
    }

    private void agir(java.util.function.Supplier<DeclarationVue> action, String resume, String detail) {
        try {
            montrer(action.get());
            message(FacesMessage.SEVERITY_INFO, resume, detail);
        } catch (RegleMetierException e) {
            message(FacesMessage.SEVERITY_WARN, "Action refusée", e.getMessage());
        }
    }

    /** Both parts as saved now: a conflict, if any, is over (the other's figures are those on screen). */
    private void montrer(DeclarationVue nouvelle) {
        vue = nouvelle;
        for (Partie partie : Partie.values()) {
            lire(partie, nouvelle);
        }
        conflit = null;
        partieEnConflit = null;
        ecarts = List.of();
        justifications.clear();
        nouvelle.controles().forEach(r -> justifications.put(r.id(), r.justification()));
    }

    /** The part's figures on screen become the saved ones, at their version. */
    private void lire(Partie partie, DeclarationVue source) {
        saisies.put(partie, source.lignes(partie).stream().map(LigneSaisie::new).toList());
        enregistrees.put(partie, valeurs(partie));
        versionsLues.put(partie, source.version(partie));
    }

    /** R-AFAS-6: the lines where the saved figure (the other's) differs from the one typed here. */
    private List<Ecart> ecarts(Partie partie, DeclarationVue actuelle) {
        Map<Poste, BigDecimal> tapees = valeurs(partie);
        return actuelle.lignes(partie).stream()
                .filter(l -> !egaux(tapees.get(l.poste()), l.valeur()))
                .map(l -> new Ecart(l.poste().getLibelle(), tapees.get(l.poste()), l.valeur()))
                .toList();
    }

    private static boolean egaux(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private Map<Poste, BigDecimal> valeurs(Partie partie) {
        Map<Poste, BigDecimal> v = new EnumMap<>(Poste.class);
        saisies.get(partie).forEach(l -> {
            if (l.getValeur() != null) {
                // 140 and 140,00 are the same figure: compare what was typed with what was saved by value
                v.put(l.getPoste(), l.getValeur().stripTrailingZeros());
            }
        });
        return v;
    }

    /** What the figures typed now give (R-AFAS-3), before any save. */
    public Indicateurs getIndicateurs() {
        Map<Poste, BigDecimal> toutes = new EnumMap<>(Poste.class);
        for (Partie partie : Partie.values()) {
            toutes.putAll(valeurs(partie));
        }
        return Indicateurs.calculer(vue.equipement().type(), toutes);
    }

    private static void message(FacesMessage.Severity gravite, String resume, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(gravite, resume, detail));
    }

    public List<LigneSaisie> getActivite() {
        return saisies.get(Partie.ACTIVITE);
    }

    public List<LigneSaisie> getFinances() {
        return saisies.get(Partie.FINANCES);
    }

    /** R-AFAS-2: the printable record (PDF) of the declaration once transmitted. */
    public org.primefaces.model.StreamedContent getFiche() {
        return id == null ? null : TelechargementFiche.de(() -> service.fiche(id));
    }

    public DeclarationVue getVue() {
        return vue;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Map<String, String> getJustifications() {
        return justifications;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire;
    }

    public String getConflit() {
        return conflit;
    }

    public List<Ecart> getEcarts() {
        return ecarts;
    }

    public Partie getPartieEnConflit() {
        return partieEnConflit;
    }

    public Instant getEnregistreeLe() {
        return enregistreeLe;
    }

    public boolean isEaje() {
        return vue.equipement().type() == TypeEquipement.EAJE;
    }
}
