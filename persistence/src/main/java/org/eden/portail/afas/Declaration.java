package org.eden.portail.afas;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.eden.portail.shared.RegleMetierException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * R-AFAS-2: the aggregate of one équipement's declaration for one exercice and one kind — its two
 * parts (R-AFAS-3), the justifications of its warnings (R-AFAS-4) and its status, whose every
 * transition is checked here and refused with the rule's id:
 * {@code A_SAISIR → EN_COURS → A_APPROUVER → TRANSMISE → RECUE / A_CORRIGER → VALIDEE}. Who may ask
 * for a transition (the providers, the approver, the Caf) is the service's check.
 */
@Entity
@Table(name = "afas_declaration")
public class Declaration extends SujetDeclaration {

    private static final long serialVersionUID = 1L;

    public static final int LONGUEUR_COMMENTAIRE = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StatutDeclaration statut;

    @OneToMany(mappedBy = "declaration", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    private List<PartieDeclaration> parties = new ArrayList<>();

    @OneToMany(mappedBy = "declaration", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Justification> justifications = new ArrayList<>();

    /** R-AFAS-2, R-AFAS-5: every transition, oldest first (who, when, from, to, why). */
    @OneToMany(mappedBy = "declaration", cascade = CascadeType.ALL)
    @jakarta.persistence.OrderBy("le, id")
    private List<EtapeDeclaration> historique = new ArrayList<>();

    /** The last comment of a send-back (approver or Caf), shown to the providers. */
    @Column(length = LONGUEUR_COMMENTAIRE)
    private String commentaire;

    @Column(name = "ouverte_par", nullable = false, length = 20, updatable = false)
    private String ouvertePar;

    @Column(name = "ouverte_le", nullable = false, updatable = false)
    private Instant ouverteLe;

    /** R-AFAS-10: the declaration it was prefilled from, if any. */
    @Column(name = "preremplie_depuis", updatable = false)
    private Long prerempliDepuis;

    @Column(name = "soumise_par", length = 20)
    private String soumisePar;

    @Column(name = "soumise_le")
    private Instant soumiseLe;

    @Column(name = "transmise_par", length = 20)
    private String transmisePar;

    @Column(name = "transmise_le")
    private Instant transmiseLe;

    protected Declaration() {
    }

    private Declaration(Equipement equipement, int exercice, NatureDeclaration nature) {
        super(equipement, exercice, nature);
    }

    /** R-AFAS-2: opens a declaration, empty or prefilled from {@code source} (R-AFAS-10). */
    public static Declaration ouvrir(Equipement equipement, int exercice, NatureDeclaration nature, Declaration source,
                                     String par, Instant le) {
        if (exercice < 2000 || exercice > 2100) {
            throw new RegleMetierException("R-AFAS-2", "L'exercice " + exercice + " n'est pas une année valide.");
        }
        Declaration d = new Declaration(equipement, exercice, nature);
        d.statut = StatutDeclaration.A_SAISIR;
        d.ouvertePar = par;
        d.ouverteLe = le;
        for (Partie partie : Partie.values()) {
            d.parties.add(new PartieDeclaration(d, partie));
        }
        if (source != null) {
            if (!source.getEquipement().equals(equipement)) {
                throw new RegleMetierException("R-AFAS-10", "Une déclaration ne se préremplit que depuis une déclaration du même équipement.");
            }
            d.prerempliDepuis = source.getId();
            for (Partie partie : Partie.values()) {
                d.partie(partie).remplacer(source.partie(partie).getValeurs(), par, le);
            }
        }
        return d;
    }

    /**
     * R-AFAS-3, R-AFAS-6: writes one part. The status must let the providers write (R-AFAS-5: not
     * once submitted or transmitted); the version the writer started from must be the part's
     * current one, else his save is refused and he is told who saved in between.
     */
    public void enregistrer(Partie partie, long versionConnue, Map<Poste, BigDecimal> valeurs, String par, Instant le) {
        exigerModifiable();
        PartieDeclaration p = partie(partie);
        if (p.getVersion() != versionConnue) {
            throw conflit(p);
        }
        p.remplacer(valeurs, par, le);
        if (statut == StatutDeclaration.A_SAISIR) {
            statut = StatutDeclaration.EN_COURS;
        }
    }

    /** R-AFAS-6: the French message of a save that would overwrite another's. */
    public static RegleMetierException conflit(PartieDeclaration p) {
        return new RegleMetierException("R-AFAS-6", "La partie « " + p.getPartie().getLibelle() + " » a été enregistrée par "
                + (p.getModifieePar() == null ? "un autre utilisateur" : p.getModifieePar())
                + " depuis que vous l'avez ouverte : votre saisie n'a pas écrasé la sienne. Rechargez la déclaration pour voir ses"
                + " modifications, puis reportez les vôtres.");
    }

    /**
     * R-AFAS-4: keeps (or replaces) the written justification of a warning that fails now. A
     * blocking control is corrected, never justified.
     */
    public void justifier(ResultatControle echec, String texte, String par, Instant le) {
        exigerModifiable();
        if (echec.bloquant()) {
            throw new RegleMetierException("R-AFAS-4", "Le contrôle " + echec.id() + " est bloquant : corrigez les chiffres, il ne se justifie pas.");
        }
        if (texte == null || texte.isBlank()) {
            throw new RegleMetierException("R-AFAS-4", "Écrivez la justification de l'avertissement " + echec.id() + ".");
        }
        String t = texte.trim();
        if (t.length() > Justification.LONGUEUR) {
            throw new RegleMetierException("R-AFAS-4", "La justification dépasse " + Justification.LONGUEUR + " caractères.");
        }
        justifications.stream().filter(j -> j.getControleId().equals(echec.id())).findFirst()
                .ifPresentOrElse(j -> j.modifier(t, par, le), () -> justifications.add(new Justification(this, echec.id(), t, par, le)));
    }

    /**
     * R-AFAS-2, R-AFAS-4: to approval once both parts are complete, no blocking control fails and
     * every failing warning is justified ({@code resultats}: the controls run now).
     */
    public void soumettre(List<ResultatControle> resultats, String par, Instant le) {
        Optional<RegleMetierException> refus = refusDeSoumission(resultats);
        if (refus.isPresent()) {
            throw refus.get();
        }
        etape(StatutDeclaration.A_APPROUVER, par, le, null);
        soumisePar = par;
        soumiseLe = le;
        commentaire = null;
    }

    /** R-AFAS-5: the approver's act (the service checks he is the équipement's approver). */
    /**
     * R-AFAS-2, R-AFAS-4: why the declaration cannot go to approval now (« Partie financière
     * incomplète », the controls that stop it…), empty when it can: what the screen shows beside
     * its submit button, the same decision {@link #soumettre} takes.
     */
    public Optional<String> motifDeNonSoumission(List<ResultatControle> resultats) {
        return refusDeSoumission(resultats).map(RuntimeException::getMessage);
    }

    private Optional<RegleMetierException> refusDeSoumission(List<ResultatControle> resultats) {
        if (statut != StatutDeclaration.EN_COURS && statut != StatutDeclaration.A_CORRIGER) {
            return Optional.of(transitionRefusee("R-AFAS-2", StatutDeclaration.A_APPROUVER));
        }
        List<String> incompletes = parties.stream().filter(p -> !p.complete()).map(p -> p.getPartie().getQualificatif()).toList();
        if (!incompletes.isEmpty()) {
            return Optional.of(new RegleMetierException("R-AFAS-2", (incompletes.size() == 1 ? "Partie " + incompletes.get(0)
                    + " incomplète" : "Parties " + String.join(" et ", incompletes) + " incomplètes")
                    + " : chaque ligne attend un chiffre (0 s'il n'y en a pas) avant la soumission."));
        }
        List<ResultatControle> empechements = ControlesCoherence.empechements(resultats);
        return empechements.isEmpty() ? Optional.empty() : Optional.of(new ControlesNonSatisfaits(empechements));
    }

    public void transmettre(String approbateur, Instant le) {
        exigerStatut("R-AFAS-5", StatutDeclaration.TRANSMISE, StatutDeclaration.A_APPROUVER);
        etape(StatutDeclaration.TRANSMISE, approbateur, le, null);
        transmisePar = approbateur;
        transmiseLe = le;
    }

    /** R-AFAS-5: the approver sends it back to the providers, with a comment. */
    public void renvoyerAuxFournisseurs(String commentaireApprobateur, String par, Instant le) {
        exigerStatut("R-AFAS-5", StatutDeclaration.EN_COURS, StatutDeclaration.A_APPROUVER);
        commentaire = commentaireRequis(commentaireApprobateur, "R-AFAS-5");
        etape(StatutDeclaration.EN_COURS, par, le, commentaire);
    }

    /** R-AFAS-2: the Caf's back office acknowledges a transmitted declaration. */
    public void recevoir(String agent, Instant le) {
        exigerStatut("R-AFAS-2", StatutDeclaration.RECUE, StatutDeclaration.TRANSMISE);
        etape(StatutDeclaration.RECUE, agent, le, null);
    }

    /** R-AFAS-5: only the Caf sends a transmitted declaration back, with a comment. */
    public void demanderCorrection(String commentaireCaf, String agent, Instant le) {
        exigerStatut("R-AFAS-5", StatutDeclaration.A_CORRIGER, StatutDeclaration.TRANSMISE, StatutDeclaration.RECUE);
        commentaire = commentaireRequis(commentaireCaf, "R-AFAS-5");
        etape(StatutDeclaration.A_CORRIGER, agent, le, commentaire);
    }

    /** R-AFAS-2: the Caf validates a declaration it received. */
    public void valider(String agent, Instant le) {
        exigerStatut("R-AFAS-2", StatutDeclaration.VALIDEE, StatutDeclaration.RECUE);
        etape(StatutDeclaration.VALIDEE, agent, le, null);
    }

    /** The one place the status moves after the opening: the history keeps each move. */
    private void etape(StatutDeclaration vers, String par, Instant le, String pourquoi) {
        historique.add(new EtapeDeclaration(this, statut, vers, par, le, pourquoi));
        statut = vers;
    }

    public List<EtapeDeclaration> getHistorique() {
        return List.copyOf(historique);
    }

    private void exigerModifiable() {
        if (!statut.modifiable()) {
            throw new RegleMetierException(statut == StatutDeclaration.A_APPROUVER ? "R-AFAS-2" : "R-AFAS-5",
                    "La déclaration est « " + statut.getLibelle().toLowerCase() + " » : elle n'est plus modifiable"
                            + (statut == StatutDeclaration.A_APPROUVER ? " tant que l'approbateur ne l'a pas renvoyée aux fournisseurs."
                            : " par le partenaire."));
        }
    }

    /** The guard of every move after the submission: refused, under {@code regle}, unless the status is one of {@code depuis}. */
    private void exigerStatut(String regle, StatutDeclaration vers, StatutDeclaration... depuis) {
        if (!Arrays.asList(depuis).contains(statut)) {
            throw transitionRefusee(regle, vers);
        }
    }

    private RegleMetierException transitionRefusee(String regle, StatutDeclaration vers) {
        return new RegleMetierException(regle, "Une déclaration « " + statut.getLibelle().toLowerCase() + " » ne peut pas passer à « "
                + vers.getLibelle().toLowerCase() + " ».");
    }

    private static String commentaireRequis(String texte, String regle) {
        if (texte == null || texte.isBlank()) {
            throw new RegleMetierException(regle, "Écrivez un commentaire : les fournisseurs doivent savoir quoi corriger.");
        }
        String t = texte.trim();
        if (t.length() > LONGUEUR_COMMENTAIRE) {
            throw new RegleMetierException(regle, "Le commentaire dépasse " + LONGUEUR_COMMENTAIRE + " caractères.");
        }
        return t;
    }

    public PartieDeclaration partie(Partie partie) {
        return parties.stream().filter(p -> p.getPartie() == partie).findFirst().orElseThrow();
    }

    /** Both parts' figures in one map (the controls read them together). */
    public Map<Poste, BigDecimal> valeurs() {
        Map<Poste, BigDecimal> toutes = new EnumMap<>(Poste.class);
        parties.forEach(p -> toutes.putAll(p.getValeurs()));
        return toutes;
    }

    public Map<String, String> textesDesJustifications() {
        return justifications.stream().collect(Collectors.toMap(Justification::getControleId, Justification::getTexte));
    }

    public Optional<Justification> justification(String controleId) {
        return justifications.stream().filter(j -> j.getControleId().equals(controleId)).findFirst();
    }

    public StatutDeclaration getStatut() {
        return statut;
    }

    public List<Justification> getJustifications() {
        return List.copyOf(justifications);
    }

    public String getCommentaire() {
        return commentaire;
    }

    public String getOuvertePar() {
        return ouvertePar;
    }

    public Instant getOuverteLe() {
        return ouverteLe;
    }

    public Long getPrerempliDepuis() {
        return prerempliDepuis;
    }

    public String getSoumisePar() {
        return soumisePar;
    }

    public Instant getSoumiseLe() {
        return soumiseLe;
    }

    public String getTransmisePar() {
        return transmisePar;
    }

    public Instant getTransmiseLe() {
        return transmiseLe;
    }
}
