package org.eden.portail.convention;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.RegleMetierException;

/**
 * The contrat de service of one convention: its management mode, fixed for its whole life
 * (R-CONV-6: changing it means closing the convention and recreating one), and its contacts.
 */
@Entity
@Table(name = "contrat_de_service")
public class ContratDeService extends Entite {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ModeGestion mode;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "nom", column = @Column(name = "administrateur_nom")),
            @AttributeOverride(name = "prenom", column = @Column(name = "administrateur_prenom")),
            @AttributeOverride(name = "email", column = @Column(name = "administrateur_email")),
            @AttributeOverride(name = "telephone", column = @Column(name = "administrateur_telephone")),
            @AttributeOverride(name = "fonction", column = @Column(name = "administrateur_fonction")),
            @AttributeOverride(name = "identifiantCompte", column = @Column(name = "administrateur_compte"))})
    private Contact administrateur;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "nom", column = @Column(name = "suppleant_nom")),
            @AttributeOverride(name = "prenom", column = @Column(name = "suppleant_prenom")),
            @AttributeOverride(name = "email", column = @Column(name = "suppleant_email")),
            @AttributeOverride(name = "telephone", column = @Column(name = "suppleant_telephone")),
            @AttributeOverride(name = "fonction", column = @Column(name = "suppleant_fonction")),
            @AttributeOverride(name = "identifiantCompte", column = @Column(name = "suppleant_compte"))})
    private Contact suppleant;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "nom", column = @Column(name = "securite_nom")),
            @AttributeOverride(name = "prenom", column = @Column(name = "securite_prenom")),
            @AttributeOverride(name = "email", column = @Column(name = "securite_email")),
            @AttributeOverride(name = "telephone", column = @Column(name = "securite_telephone")),
            @AttributeOverride(name = "fonction", column = @Column(name = "securite_fonction")),
            @AttributeOverride(name = "identifiantCompte", column = @Column(name = "securite_compte"))})
    private Contact responsableSecurite;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "nom", column = @Column(name = "referent_nom")),
            @AttributeOverride(name = "prenom", column = @Column(name = "referent_prenom")),
            @AttributeOverride(name = "email", column = @Column(name = "referent_email")),
            @AttributeOverride(name = "telephone", column = @Column(name = "referent_telephone")),
            @AttributeOverride(name = "fonction", column = @Column(name = "referent_fonction")),
            @AttributeOverride(name = "identifiantCompte", column = @Column(name = "referent_compte"))})
    private Contact referentInformatiqueLibertes;

    protected ContratDeService() {
    }

    public ContratDeService(ModeGestion mode, Contact administrateur, Contact suppleant, Contact responsableSecurite,
                            Contact referentInformatiqueLibertes) {
        if (mode == null) {
            throw new RegleMetierException("R-CONV-6", "Le contrat de service doit fixer le mode de gestion (délégué ou centralisé).");
        }
        // R-CONV-4: the connection codes go to the administrateur's own address; without it
        // validation could not send them.
        if (administrateur == null || !administrateur.estRenseigne() || administrateur.getEmail() == null
                || administrateur.getEmail().isBlank()) {
            throw new RegleMetierException("R-CONV-4",
                    "Le contrat de service doit désigner l'administrateur partenaire, avec son adresse électronique.");
        }
        this.mode = mode;
        this.administrateur = administrateur;
        this.suppleant = suppleant;
        this.responsableSecurite = responsableSecurite;
        this.referentInformatiqueLibertes = referentInformatiqueLibertes;
    }

    /** The same contacts under another mode, for "clôturer et recréer" (R-CONV-6). */
    ContratDeService dansLeMode(ModeGestion nouveauMode) {
        return new ContratDeService(nouveauMode, administrateur, suppleant, responsableSecurite, referentInformatiqueLibertes);
    }

    void rattacherComptes(String identifiantAdministrateur, String identifiantSuppleant) {
        administrateur = administrateur.avecCompte(identifiantAdministrateur);
        if (identifiantSuppleant != null && suppleant != null) {
            suppleant = suppleant.avecCompte(identifiantSuppleant);
        }
    }

    /** R-CONV-10: the new administrateur partenaire (or suppléant), already linked to his account. */
    void remplacer(boolean suppleantRemplace, Contact nouveau) {
        if (suppleantRemplace) {
            suppleant = nouveau;
        } else {
            administrateur = nouveau;
        }
    }

    /** R-CONV-10: the partner goes on without a suppléant. */
    void retirerSuppleant() {
        suppleant = null;
    }

    public boolean aUnSuppleant() {
        return suppleant != null && suppleant.estRenseigne();
    }

    public ModeGestion getMode() {
        return mode;
    }

    public Contact getAdministrateur() {
        return administrateur;
    }

    public Contact getSuppleant() {
        return suppleant;
    }

    public Contact getResponsableSecurite() {
        return responsableSecurite;
    }

    public Contact getReferentInformatiqueLibertes() {
        return referentInformatiqueLibertes;
    }
}
