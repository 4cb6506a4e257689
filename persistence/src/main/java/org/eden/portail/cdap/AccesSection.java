package org.eden.portail.cdap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eden.portail.shared.CleComposee;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One cell of the profile × section matrix (R-CDAP-7): what profile {@code profil} sees of
 * {@code section}. Reference data written by the migration V9 with the default of the specification, then
 * changed by a Caf administrator; each change keeps who and when.
 */
@Entity
@Table(name = "cdap_acces_section")
@IdClass(AccesSection.Cle.class)
public class AccesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 10)
    private String profil;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private SectionDossier section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Acces acces;

    @Version
    private long version;

    @Column(name = "modifie_par", length = 20)
    private String modifiePar;

    @Column(name = "modifie_le")
    private Instant modifieLe;

    protected AccesSection() {
    }

    public AccesSection(String profil, SectionDossier section, Acces acces) {
        this.profil = profil;
        this.section = section;
        changer(acces);
    }

    /** R-CDAP-7: "QF seulement" has a meaning for the Ressources section only. */
    public void modifier(Acces nouveau, String administrateur, Instant le) {
        changer(nouveau);
        this.modifiePar = administrateur;
        this.modifieLe = le;
    }

    private void changer(Acces nouveau) {
        Objects.requireNonNull(nouveau);
        if (nouveau == Acces.QF_SEUL && section != SectionDossier.RESSOURCES) {
            throw new RegleMetierException("R-CDAP-7",
                    "« QF seulement » ne s'applique qu'à la section Ressources, pas à « " + section.getLibelle() + " ».");
        }
        this.acces = nouveau;
    }

    public String getProfil() {
        return profil;
    }

    public SectionDossier getSection() {
        return section;
    }

    public Acces getAcces() {
        return acces;
    }

    public String getModifiePar() {
        return modifiePar;
    }

    public Instant getModifieLe() {
        return modifieLe;
    }

    /** The composite key (profil, section). */
    public static class Cle extends CleComposee {

        private static final long serialVersionUID = 1L;

        private String profil;
        private SectionDossier section;

        public Cle() {
        }

        public Cle(String profil, SectionDossier section) {
            this.profil = profil;
            this.section = section;
        }

        @Override
        protected Object[] parties() {
            return new Object[] {profil, section};
        }
    }
}
