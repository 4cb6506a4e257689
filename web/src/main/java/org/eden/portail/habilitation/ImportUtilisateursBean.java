package org.eden.portail.habilitation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * "Import d'utilisateurs" (R-HAB-10): upload a CSV, read each line's check, run it, follow the
 * progress bar, read and download the per-line report. A thin screen over
 * {@link ImportUtilisateursService}, which checks who may and does the work.
 */
@Named
@ViewScoped
public class ImportUtilisateursBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportUtilisateursService service;

    /** The organisation (the Caf managing for a partner, R-HAB-7); empty: the caller's own. */
    private Long organisme;
    private String nomFichier;
    private byte[] contenu;
    private List<LigneApercu> apercu;
    private Long importId;
    private EtatImport etat;

    @PostConstruct
    void initialiser() {
        organisme = RevueHabilitationsBean.organismeDemande();
    }

    public void televerser(FileUploadEvent evenement) {
        FacesContext faces = FacesContext.getCurrentInstance();
        nomFichier = evenement.getFile().getFileName();
        contenu = evenement.getFile().getContent();
        importId = null;
        etat = null;
        try {
            apercu = service.previsualiser(organisme, contenu);
        } catch (RegleMetierException refus) {
            apercu = null;
            contenu = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Fichier refusé", refus.getMessage()));
        }
    }

    public void lancer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            importId = service.lancer(organisme, nomFichier, contenu);
            etat = service.progression(importId);
        } catch (RegleMetierException refus) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Import refusé", refus.getMessage()));
        }
    }

    /** Read by the progress bar at each interval. */
    public int getPourcentage() {
        if (importId == null) {
            return 0;
        }
        if (etat == null || !etat.termine()) {
            etat = service.progression(importId);
        }
        return etat.getPourcentage();
    }

    /** When the bar reaches 100 %: the report. */
    public void terminer() {
        etat = service.rapport(importId);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Import terminé",
                etat.creees() + " utilisateur(s) créé(s), " + etat.refusees() + " ligne(s) refusée(s)."));
    }

    public void recommencer() {
        nomFichier = null;
        contenu = null;
        apercu = null;
        importId = null;
        etat = null;
    }

    /** R-HAB-10: the per-line report as CSV (UTF-8 with BOM, « ; », opens as is in a spreadsheet). */
    public StreamedContent getRapportCsv() {
        StringBuilder csv = new StringBuilder("\uFEFFligne;nom;prénom;e-mail;groupes;résultat;identifiant;message\r\n");
        for (LigneApercu l : service.rapport(importId).lignes()) {
            csv.append(l.numero()).append(';').append(champ(l.nom())).append(';').append(champ(l.prenom())).append(';')
                    .append(champ(l.email())).append(';').append(champ(l.groupes())).append(';')
                    .append("CREEE".equals(l.resultat()) ? "créé" : "refusé").append(';')
                    .append(champ(l.identifiant())).append(';').append(champ(l.message())).append("\r\n");
        }
        byte[] octets = csv.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("rapport-import-" + importId + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) octets.length)
                .stream(() -> new ByteArrayInputStream(octets))
                .build();
    }

    private static String champ(String valeur) {
        if (valeur == null) {
            return "";
        }
        // A leading = + - @ would be a formula in a spreadsheet (CSV injection).
        String sur = !valeur.isEmpty() && "=+-@".indexOf(valeur.charAt(0)) >= 0 ? "'" + valeur : valeur;
        return "\"" + sur.replace("\"", "\"\"") + "\"";
    }

    public long getLignesEnErreur() {
        return apercu == null ? 0 : apercu.stream().filter(LigneApercu::isEnErreur).count();
    }

    public Long getOrganisme() {
        return organisme;
    }

    public void setOrganisme(Long organisme) {
        this.organisme = organisme;
    }

    public String getNomFichier() {
        return nomFichier;
    }

    public List<LigneApercu> getApercu() {
        return apercu;
    }

    public Long getImportId() {
        return importId;
    }

    public EtatImport getEtat() {
        return etat;
    }

    public boolean isTermine() {
        return etat != null && etat.termine() && !etat.lignes().isEmpty();
    }

    public int getTailleMaximale() {
        return FichierImport.TAILLE_MAXIMALE;
    }

    public int getLignesMaximales() {
        return FichierImport.LIGNES_MAXIMALES;
    }
}
