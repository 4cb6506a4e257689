package org.eden.portail.convention;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The convention d'accès between a Caf and one of its partners, with its contrat de service and
 * its bulletins d'adhésion: one aggregate, whose lifecycle (R-CONV-3) and rules are enforced here.
 * Every change of status is a line of its history, with who, when and why.
 */
@Entity
@Table(name = "convention")
public class Convention extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "caf_id", nullable = false, updatable = false)
    private Caf caf;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisme_id", nullable = false, updatable = false)
    private OrganismePartenaire organisme;

    @Column(nullable = false, length = 12, updatable = false)
    private String numero;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StatutConvention statut;

    @Column(name = "date_debut", nullable = false)
    private LocalDate dateDebut;

    /** R-CONV-5: renewal is tacit; the only end is the closure. */
    @Column(name = "date_cloture")
    private LocalDate dateCloture;

    @Column(name = "enregistree_par", nullable = false, length = 20, updatable = false)
    private String enregistreePar;

    /**
     * R-CONV-2 in the database: the partner's id while this convention is its convention (active
     * or suspended), null otherwise. A plain UNIQUE constraint on it lets one row per partner hold
     * it whatever the concurrency, and NULLs never collide — the portable form of a partial unique
     * index, which H2 lacks.
     */
    @Column(name = "organisme_actif")
    private Long organismeActif;

    @OneToOne(optional = false, fetch = FetchType.EAGER, cascade = CascadeType.ALL)
    @JoinColumn(name = "contrat_id", nullable = false, unique = true, updatable = false)
    private ContratDeService contrat;

    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<BulletinAdhesion> bulletins = new ArrayList<>();

    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL)
    @OrderBy("rang")
    private List<TransitionConvention> historique = new ArrayList<>();

    /** R-CONV-6: the convention this one replaces after a "clôturer et recréer". */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "convention_precedente_id", updatable = false)
    private Convention precedente;

    protected Convention() {
    }

    private Convention(Caf caf, OrganismePartenaire organisme, String numero, ContratDeService contrat, LocalDate dateDebut,
                       String enregistreePar) {
        this.caf = caf;
        this.organisme = organisme;
        this.numero = numero;
        this.contrat = contrat;
        this.dateDebut = dateDebut;
        this.enregistreePar = enregistreePar;
    }

    /**
     * Records a convention as a draft (R-CONV-3), for a partner of the recording Caf only
     * (R-CONV-1).
     */
    public static Convention enregistrer(Caf caf, OrganismePartenaire organisme, NumeroConvention numero,
                                         ContratDeService contrat, LocalDate dateDebut, String agent, Instant le) {
        if (organisme == null) {
            throw new RegleMetierException("R-CONV-1", "Une convention ne peut être enregistrée que pour un organisme partenaire existant.");
        }
        if (caf == null || !memeCaf(organisme.getCaf(), caf)) {
            throw new RegleMetierException("R-CONV-1", "L'organisme « " + organisme.getNom()
                    + " » n'est pas un partenaire de cette Caf : elle ne peut pas conventionner avec lui.");
        }
        if (dateDebut == null) {
            throw new RegleMetierException("R-CONV-5", "La date de début de la convention est obligatoire.");
        }
        Convention convention = new Convention(caf, organisme, numero.toString(), contrat, dateDebut, agent);
        convention.passer(null, StatutConvention.BROUILLON, agent, le, null);
        return convention;
    }

    private static boolean memeCaf(Caf a, Caf b) {
        return a == b || (a != null && a.equals(b));
    }

    // --- content, while a draft -------------------------------------------------------------

    /** R-CONV-7: adheres to a service (one bulletin per service) or changes its quotas, while a draft. */
    public BulletinAdhesion fixerQuota(ServiceCatalogue service, String profil, int demande, int accorde) {
        exiger(ActionConvention.FIXER_QUOTA,
                "Les bulletins d'adhésion ne se modifient que tant que la convention est à l'état de brouillon.");
        BulletinAdhesion bulletin = bulletin(service.getCode()).orElseGet(() -> {
            BulletinAdhesion nouveau = new BulletinAdhesion(this, service);
            bulletins.add(nouveau);
            return nouveau;
        });
        bulletin.fixerQuota(profil, demande, accorde);
        return bulletin;
    }

    /**
     * R-CONV-7: a quota changed after validation, on the partner's request and the Caf's decision:
     * never below the number of users who hold the profile today ({@code usageActuel}, known to
     * the habilitations, not to the convention).
     */
    public void modifierQuota(String codeService, String profil, int nouveauMaximum, int usageActuel, String agent,
                              Instant le) {
        exiger(ActionConvention.MODIFIER_QUOTA, "Le quota d'une convention clôturée ne peut plus changer.");
        BulletinAdhesion bulletin = bulletin(codeService).orElseThrow(() -> refus("R-CONV-7",
                " n'a pas de bulletin d'adhésion au service " + codeService + "."));
        Quota actuel = bulletin.quota(profil).orElseThrow(() -> new RegleMetierException("R-CONV-7",
                "Le bulletin " + codeService + " de la convention n° " + numero + " n'accorde pas le profil " + profil + "."));
        if (nouveauMaximum < usageActuel) {
            throw new RegleMetierException("R-CONV-7", "Le quota " + codeService + " " + profil + " ne peut pas descendre à "
                    + nouveauMaximum + " : " + usageActuel + " utilisateur(s) détiennent ce profil aujourd'hui.");
        }
        bulletin.fixerQuota(profil, Math.max(actuel.getDemande(), nouveauMaximum), nouveauMaximum);
        passer(statut, statut, agent, le, "Quota " + codeService + " " + profil + " : " + actuel.getAccorde() + " → "
                + nouveauMaximum);
    }

    // --- lifecycle (R-CONV-3) -----------------------------------------------------------------

    /** The recording agent hands the draft to the vérificateurs. */
    public void soumettre(String agent, Instant le) {
        exiger(ActionConvention.SOUMETTRE, "Seule une convention à l'état de brouillon peut être soumise à vérification.");
        if (bulletins.isEmpty() || bulletins.stream().allMatch(b -> b.getQuotas().isEmpty())) {
            throw refus("R-CONV-7", " n'adhère à aucun service : ajoutez au moins un bulletin d'adhésion.");
        }
        passer(statut, StatutConvention.A_VERIFIER, agent, le, null);
    }

    /**
     * A priori control by a vérificateur who is not the agent who recorded the convention
     * (four eyes, specification §2).
     */
    public void valider(String verificateur, Instant le) {
        exiger(ActionConvention.VALIDER, "Seule une convention à vérifier peut être validée.");
        if (enregistreePar.equalsIgnoreCase(verificateur)) {
            throw refus("R-CONV-3", " a été enregistrée par vous : un autre agent doit la valider (contrôle à quatre yeux).");
        }
        passer(statut, StatutConvention.VALIDEE, verificateur, le, null);
    }

    /** Back to the recording agent, with the reason he must read. */
    public void rejeter(String verificateur, String motif, Instant le) {
        exiger(ActionConvention.REJETER, "Seule une convention à vérifier peut être rejetée.");
        passer(statut, StatutConvention.BROUILLON, verificateur, le, motifObligatoire(motif, "un rejet"));
    }

    /** Links the accounts of the administrateur and suppléant, created at validation (R-CONV-4). */
    public void rattacherComptes(String identifiantAdministrateur, String identifiantSuppleant) {
        exiger(ActionConvention.RATTACHER_COMPTES, "Les comptes de l'administrateur et du suppléant sont créés à la validation.");
        contrat.rattacherComptes(identifiantAdministrateur, identifiantSuppleant);
    }

    // --- contacts over the years (R-CONV-10) ---------------------------------------------------

    /**
     * R-CONV-10 (annex 3 "modification d'un administrateur"): a new person replaces the
     * administrateur partenaire, or the suppléant (also when there was none: a suppléant added
     * later). The new contact is already linked to his account; the change, its reason and its
     * author are a line of the history. Returns the former contact (null when there was none).
     */
    public Contact remplacerAdministrateur(boolean suppleantRemplace, Contact nouveau, String motif, String agent,
                                           Instant le) {
        exiger(ActionConvention.REMPLACER_ADMINISTRATEUR,
                "L'administrateur partenaire et son suppléant se remplacent sur une convention validée, active ou suspendue.");
        String raison = motifObligatoire("R-CONV-10", motif, "un remplacement d'administrateur");
        if (nouveau == null || !nouveau.estRenseigne() || nouveau.getIdentifiantCompte() == null) {
            throw new IllegalArgumentException("Le nouveau contact est lié à son compte avant d'être inscrit au contrat");
        }
        Contact autre = suppleantRemplace ? contrat.getAdministrateur() : contrat.getSuppleant();
        Contact ancien = suppleantRemplace ? contrat.getSuppleant() : contrat.getAdministrateur();
        String role = suppleantRemplace ? "Suppléant" : "Administrateur partenaire";
        if (autre != null && nouveau.getIdentifiantCompte().equalsIgnoreCase(autre.getIdentifiantCompte())) {
            throw new RegleMetierException("R-CONV-10", nouveau.designation() + " est déjà "
                    + (suppleantRemplace ? "l'administrateur partenaire" : "le suppléant")
                    + " de la convention n° " + numero + " : une même personne ne tient pas les deux rôles.");
        }
        if (ancien != null && nouveau.getIdentifiantCompte().equalsIgnoreCase(ancien.getIdentifiantCompte())) {
            throw new RegleMetierException("R-CONV-10", nouveau.designation() + " est déjà "
                    + role.toLowerCase() + " de la convention n° " + numero + ".");
        }
        contrat.remplacer(suppleantRemplace, nouveau);
        boolean aucun = ancien == null || !ancien.estRenseigne();
        passer(statut, statut, agent, le, ligneDHistorique(role + (aucun ? " désigné : " : " remplacé : " + ancien.designation() + " → ")
                + nouveau.designation() + (nouveau.getFonction() == null ? "" : ", " + nouveau.getFonction())
                + ". Motif : " + raison));
        return aucun ? null : ancien;
    }

    /** R-CONV-10: the suppléant removed (the partner goes on with its administrateur alone). */
    public Contact retirerSuppleant(String motif, String agent, Instant le) {
        exiger(ActionConvention.RETIRER_SUPPLEANT, "Le suppléant se retire d'une convention validée, active ou suspendue.");
        String raison = motifObligatoire("R-CONV-10", motif, "le retrait du suppléant");
        if (!contrat.aUnSuppleant()) {
            throw refus("R-CONV-10", " n'a pas de suppléant.");
        }
        Contact ancien = contrat.getSuppleant();
        contrat.retirerSuppleant();
        passer(statut, statut, agent, le, ligneDHistorique("Suppléant retiré : " + ancien.designation() + ". Motif : " + raison));
        return ancien;
    }

    /** Opens the portal to the partner, once its administrateur has an account. */
    public void activer(String agent, Instant le) {
        exiger(ActionConvention.ACTIVER, "Seule une convention validée peut devenir active.");
        if (contrat.getAdministrateur().getIdentifiantCompte() == null) {
            throw refus("R-CONV-3", " ne peut devenir active qu'une fois le compte de l'administrateur partenaire créé.");
        }
        passer(statut, StatutConvention.ACTIVE, agent, le, null);
    }

    /** R-CONV-8: every habilitation under the convention stops at once; the data stays. */
    public void suspendre(String agent, String motif, Instant le) {
        exiger(ActionConvention.SUSPENDRE, "Seule une convention active peut être suspendue.");
        passer(statut, StatutConvention.SUSPENDUE, agent, le, motifObligatoire(motif, "une suspension"));
    }

    public void reactiver(String agent, String motif, Instant le) {
        exiger(ActionConvention.REACTIVER, "Seule une convention suspendue peut être réactivée.");
        passer(statut, StatutConvention.ACTIVE, agent, le, motif);
    }

    /** The end of the convention (R-CONV-5: its only end date); terminal. */
    public void cloturer(String agent, String motif, LocalDate date, Instant le) {
        exiger(ActionConvention.CLOTURER, "Seule une convention active ou suspendue peut être clôturée.");
        if (date == null || date.isBefore(dateDebut)) {
            throw new RegleMetierException("R-CONV-5", "La date de clôture ne peut précéder la date de début ("
                    + dateDebut + ").");
        }
        String raison = motifObligatoire(motif, "une clôture");
        dateCloture = date;
        passer(statut, StatutConvention.CLOTUREE, agent, le, raison);
    }

    /**
     * R-CONV-6 "clôturer et recréer": records the successor, a draft in the other management mode
     * carrying over the contacts, services and quotas, and returns it. This convention stays in
     * force — its users keep working — until the successor is validated: then, in the validating
     * transaction, this one is closed ({@link #remplaceePar}) and the successor opens with the
     * habilitations carried over. The request, its reason and its author are a line of this
     * convention's history.
     */
    public Convention cloturerEtRecreer(ModeGestion nouveauMode, NumeroConvention numeroSuccesseur, String agent,
                                        String motif, LocalDate date, Instant le) {
        if (nouveauMode == null || nouveauMode == contrat.getMode()) {
            throw refus("R-CONV-6", " est déjà en mode "
                    + contrat.getMode().getLibelle().toLowerCase() + " : clôturer et recréer sert à changer de mode de gestion.");
        }
        exiger(ActionConvention.CLOTURER_ET_RECREER, "Seule une convention active ou suspendue peut être clôturée et recréée.");
        String raison = motifObligatoire(motif, "une clôture");
        Convention successeur = new Convention(caf, organisme, numeroSuccesseur.toString(),
                contrat.dansLeMode(nouveauMode), date, agent);
        successeur.precedente = this;
        successeur.passer(null, StatutConvention.BROUILLON, agent, le,
                "Recréée depuis la convention n° " + numero + " pour passer en mode " + nouveauMode.getLibelle().toLowerCase()
                        + ". Motif : " + raison);
        for (BulletinAdhesion bulletin : bulletins) {
            for (Quota quota : bulletin.getQuotas()) {
                successeur.fixerQuota(bulletin.getService(), quota.getProfil(), quota.getDemande(), quota.getAccorde());
            }
        }
        passer(statut, statut, agent, le, ligneDHistorique("Clôture demandée pour passer en mode "
                + nouveauMode.getLibelle().toLowerCase() + " : la convention n° " + successeur.numero
                + " la remplacera à sa validation ; celle-ci reste en vigueur jusque-là (R-CONV-6). Motif : " + raison));
        return successeur;
    }

    /**
     * R-CONV-6, R-CONV-10: at its validation, the successor takes the administrateur and suppléant
     * in force on its predecessor — replaced since the recreation, perhaps: the accounts that
     * administer the partner must not change with the mode.
     */
    public void reprendreAdministrateursDe(Convention predecesseur) {
        // A step of the successor's validation, not an action offered on the page: outside the table.
        if (statut != StatutConvention.A_VERIFIER && statut != StatutConvention.VALIDEE) {
            throw new RegleMetierException("R-CONV-6", "Les administrateurs se reprennent à la validation de la convention recréée. "
                    + etatActuel());
        }
        if (predecesseur == null || precedente != predecesseur) {
            throw new IllegalArgumentException("Seule la convention remplacée transmet ses administrateurs");
        }
        contrat.remplacer(false, predecesseur.contrat.getAdministrateur());
        contrat.remplacer(true, predecesseur.contrat.aUnSuppleant() ? predecesseur.contrat.getSuppleant() : null);
    }

    /**
     * R-CONV-6: the successor recorded by {@link #cloturerEtRecreer} is validated; this convention
     * closes now, in the same transaction as the successor opens.
     */
    public void remplaceePar(Convention successeur, String agent, LocalDate date, Instant le) {
        if (successeur == null || successeur.precedente != this) {
            throw new IllegalArgumentException("Seule la convention recréée depuis celle-ci la remplace");
        }
        cloturer(agent, "Remplacée par la convention n° " + successeur.numero + " (changement de mode, R-CONV-6)",
                date.isBefore(dateDebut) ? dateDebut : date, le);
    }

    /**
     * R-CONV-6: what the validation carried over from the closed convention, for the Caf to read
     * in the history — above all the habilitations a quota of this convention could not hold,
     * listed rather than silently dropped.
     */
    public void noterReprise(String numeroPrecedente, int reprises, List<String> nonReprises, String agent, Instant le) {
        String texte = reprises + " habilitation(s) reprise(s) de la convention n° " + numeroPrecedente + " (R-CONV-6)";
        if (!nonReprises.isEmpty()) {
            texte += " ; " + nonReprises.size() + " non reprise(s) faute de place, à revoir : " + String.join(" ; ", nonReprises);
        }
        passer(statut, statut, agent, le, ligneDHistorique(texte));
    }

    private void passer(StatutConvention avant, StatutConvention apres, String acteur, Instant le, String motif) {
        if (acteur == null || acteur.isBlank() || le == null) {
            throw new IllegalArgumentException("Une transition est toujours datée et attribuée");
        }
        statut = apres;
        organismeActif = apres.occupeLePartenaire() ? organisme.getId() : null;
        historique.add(new TransitionConvention(this, historique.size(), avant, apres, acteur, le, motif));
    }

    /** The guard of every action: the one table of {@link ActionConvention}, the rule it names. */
    private void exiger(ActionConvention action, String message) {
        if (!action.possibleDepuis(statut)) {
            throw new RegleMetierException(action.getRegle(), message + " " + etatActuel());
        }
    }

    /** A refusal under {@code regle} that names the convention: "La convention n° …" then {@code suite}. */
    private RegleMetierException refus(String regle, String suite) {
        return new RegleMetierException(regle, "La convention n° " + numero + suite);
    }

    /** What a refused action's message ends with: the state the convention is in. */
    private String etatActuel() {
        return "La convention n° " + numero + " est à l'état « " + statut.getLibelle() + " ».";
    }

    /**
     * R-CONV-3, R-CONV-7, R-CONV-8: what this convention's status allows, read from the table its
     * guards use. The page shows a button for these only; the methods still refuse by rule.
     */
    public Set<ActionConvention> actionsPossibles() {
        return ActionConvention.possiblesDepuis(statut);
    }

    /** The history's reason column holds 1,000 characters. */
    private static String ligneDHistorique(String texte) {
        return texte.length() > 1000 ? texte.substring(0, 999) + "…" : texte;
    }

    private static String motifObligatoire(String motif, String acte) {
        return motifObligatoire("R-CONV-3", motif, acte);
    }

    private static String motifObligatoire(String regle, String motif, String acte) {
        if (motif == null || motif.isBlank()) {
            throw new RegleMetierException(regle, "Le motif est obligatoire pour " + acte + ".");
        }
        return motif.trim();
    }

    // --- reading ------------------------------------------------------------------------------

    public Optional<BulletinAdhesion> bulletin(String codeService) {
        return bulletins.stream().filter(b -> b.getService().getCode().equals(codeService)).findFirst();
    }

    public Caf getCaf() {
        return caf;
    }

    public OrganismePartenaire getOrganisme() {
        return organisme;
    }

    public String getNumero() {
        return numero;
    }

    public StatutConvention getStatut() {
        return statut;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public LocalDate getDateCloture() {
        return dateCloture;
    }

    public String getEnregistreePar() {
        return enregistreePar;
    }

    public Long getOrganismeActif() {
        return organismeActif;
    }

    public ContratDeService getContrat() {
        return contrat;
    }

    public List<BulletinAdhesion> getBulletins() {
        return List.copyOf(bulletins);
    }

    public List<TransitionConvention> getHistorique() {
        return List.copyOf(historique);
    }

    public Convention getPrecedente() {
        return precedente;
    }
}
