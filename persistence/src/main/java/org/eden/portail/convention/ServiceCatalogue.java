package org.eden.portail.convention;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service a partner can adhere to (CDAP, AFAS, Tableau de bord) with the profiles or roles its
 * bulletins may grant. Reference data written by the migrations, never by the application.
 */
@Entity
@Table(name = "service_catalogue")
@Cacheable
public class ServiceCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String CDAP = "CDAP";
    public static final String AFAS = "AFAS";
    public static final String TABLEAU_DE_BORD = "TDB";

    @Id
    @Column(length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String libelle;

    /** Free reference text (AFAS: the groups AFAS-Déclarer and AFAS-Habiliter). */
    @Column(length = 1000)
    private String groupes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profil_service", joinColumns = @JoinColumn(name = "service_code"))
    @OrderColumn(name = "rang")
    private List<ProfilService> profils = new ArrayList<>();

    protected ServiceCatalogue() {
    }

    /** For tests: the migration writes the real catalogue. */
    public ServiceCatalogue(String code, String libelle, List<ProfilService> profils) {
        this.code = code;
        this.libelle = libelle;
        this.profils = new ArrayList<>(profils);
    }

    public Optional<ProfilService> profil(String codeProfil) {
        return profils.stream().filter(p -> p.getCode().equals(codeProfil)).findFirst();
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    public String getGroupes() {
        return groupes;
    }

    public List<ProfilService> getProfils() {
        return List.copyOf(profils);
    }
}
