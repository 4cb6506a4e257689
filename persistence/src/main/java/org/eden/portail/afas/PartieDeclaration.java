package org.eden.portail.afas;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.RegleMetierException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * R-AFAS-3, R-AFAS-6: one part of a declaration (activity or finances) with its own version, so
 * the activity provider and the financial provider save side by side, while two providers of the
 * same part never overwrite each other: a save names the version it started from, and a newer
 * one is refused with who changed it and when.
 */
@Entity
@Table(name = "afas_partie")
public class PartieDeclaration extends Entite {

    private static final long serialVersionUID = 1L;

    /** The largest figure accepted: 999 999 999,99 (hours or euros of a facility, with margin). */
    public static final BigDecimal MAXIMUM = new BigDecimal("999999999.99");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "declaration_id", nullable = false, updatable = false)
    private Declaration declaration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Partie partie;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "afas_valeur", joinColumns = @JoinColumn(name = "partie_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "poste", length = 40)
    @Column(name = "valeur", precision = 14, scale = 2)
    private Map<Poste, BigDecimal> valeurs = new HashMap<>();

    @Column(name = "modifiee_par", length = 20)
    private String modifieePar;

    @Column(name = "modifiee_le")
    private Instant modifieeLe;

    protected PartieDeclaration() {
    }

    PartieDeclaration(Declaration declaration, Partie partie) {
        this.declaration = declaration;
        this.partie = partie;
    }

    /**
     * Replaces the figures of the part. Figures of another part or of another type of équipement
     * are refused (the API sends names, R-AFAS-9); negative figures are kept (a blocking control
     * names them, so what was typed is never lost, R-AFAS-6).
     */
    void remplacer(Map<Poste, BigDecimal> nouvelles, String par, Instant le) {
        Map<Poste, BigDecimal> retenues = new EnumMap<>(Poste.class);
        TypeEquipement type = declaration.getEquipement().getType();
        nouvelles.forEach((poste, valeur) -> {
            if (poste.getPartie() != partie || !poste.concerne(type)) {
                throw new RegleMetierException("R-AFAS-3", "« " + poste.getLibelle() + " » n'appartient pas à la partie "
                        + partie.getLibelle().toLowerCase() + " d'un " + type + ".");
            }
            if (valeur != null) {
                if (valeur.abs().compareTo(MAXIMUM) > 0) {
                    throw new RegleMetierException("R-AFAS-3", "« " + poste.getLibelle() + " » dépasse le maximum admis (999 999 999,99).");
                }
                if (poste.getUnite().entier() && valeur.stripTrailingZeros().scale() > 0) {
                    throw new RegleMetierException("R-AFAS-3", "« " + poste.getLibelle() + " » est un nombre entier.");
                }
                retenues.put(poste, valeur.setScale(2, java.math.RoundingMode.HALF_UP));
            }
        });
        valeurs.clear();
        valeurs.putAll(retenues);
        modifieePar = par;
        modifieeLe = le;
    }

    /** Every figure of the part for the équipement's type is filled in. */
    public boolean complete() {
        return Poste.de(partie, declaration.getEquipement().getType()).stream().allMatch(valeurs::containsKey);
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public Partie getPartie() {
        return partie;
    }

    public Map<Poste, BigDecimal> getValeurs() {
        return Map.copyOf(valeurs);
    }

    public String getModifieePar() {
        return modifieePar;
    }

    public Instant getModifieeLe() {
        return modifieeLe;
    }
}
