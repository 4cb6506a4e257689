package org.eden.portail.cdap;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.event.TabChangeEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The CDAP screen (R-CDAP-1..6): the search, then the fiche de synthèse, then one tab per section
 * the profile opens. A tab's data is asked of the service only when the user opens the tab (each
 * opening is traced by the service), and a tab the profile may not open is not in the page at all.
 */
@Named
@ViewScoped
public class ConsultationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationCdapService service;

    private List<String> profils;
    private String codeCaf;
    private String numero;
    private String profil;
    private String numeroInstructeur;
    private FicheSynthese fiche;
    private final Set<SectionDossier> ouvertes = EnumSet.noneOf(SectionDossier.class);

    private IdentiteAllocataire dossier;
    private Adresse adresse;
    private List<Droit> droits;
    private List<Personne> famille;
    private Logement logement;
    private List<PeriodeRsa> rsa;
    private List<Paiement> paiements;
    private List<Courrier> courriers;
    private RessourcesVue ressources;
    private List<Creance> creances;
    private String moisDebut;
    private String moisFin;

    @PostConstruct
    void init() {
        profils = service.profilsDisponibles();
        codeCaf = service.cafParDefaut();
        if (profils.size() == 1) {
            profil = profils.get(0);
        }
        moisFin = YearMonth.now(org.eden.portail.shared.Horloge.FUSEAU).toString();
        moisDebut = YearMonth.parse(moisFin).minusMonths(2).toString();
    }

    public void rechercher() {
        fermer();
        if (profil == null || profil.isBlank()) {
            erreur("recherche:profil", "R-CDAP-1 : choisissez le profil sous lequel vous consultez.");
            return;
        }
        fiche = appeler(() -> service.rechercher(numero, codeCaf, profil, numeroInstructeur), "recherche:numero");
    }

    public void nouvelleRecherche() {
        fermer();
        numero = null;
    }

    /** A tab opened: its section is asked of the service (and traced) now, once per consultation. */
    public void ongletOuvert(TabChangeEvent<?> evenement) {
        String id = evenement.getTab().getId();
        if (!"synthese".equals(id)) {
            ouvrir(SectionDossier.valueOf(id));
        }
    }

    void ouvrir(SectionDossier section) {
        if (fiche == null || !fiche.getConsultation().ouvre(section) || !ouvertes.add(section)) {
            return;
        }
        Consultation c = fiche.getConsultation();
        switch (section) {
            case DOSSIER -> dossier = appeler(() -> service.dossier(c), null);
            case ADRESSE -> adresse = appeler(() -> service.adresse(c), null);
            case DROITS -> droits = appeler(() -> service.droits(c), null);
            case FAMILLE -> famille = appeler(() -> service.famille(c), null);
            case LOGEMENT -> logement = appeler(() -> service.logement(c), null);
            case RSA -> rsa = appeler(() -> service.rsa(c), null);
            case PAIEMENT -> paiements = appeler(() -> service.paiements(c), null);
            case COURRIER -> courriers = appeler(() -> service.courriers(c), null);
            case RESSOURCES -> ressources = appeler(() -> service.ressources(c), null);
            case CREANCES -> creances = appeler(() -> service.creances(c), null);
            case ATTESTATION -> {
                // Nothing to read until the user asks for the PDF.
            }
        }
    }

    /** R-CDAP-2: the attestation of the chosen months, as a download. */
    public StreamedContent getAttestation() {
        if (fiche == null) {
            return null;
        }
        AttestationPdf pdf = appeler(() -> service.attestation(fiche.getConsultation(), YearMonth.parse(moisDebut),
                YearMonth.parse(moisFin)), "attestation:debut");
        if (pdf == null) {
            return null;
        }
        byte[] contenu = pdf.getContenu();
        return DefaultStreamedContent.builder()
                .name(pdf.getNomFichier())
                .contentType("application/pdf")
                .contentLength((long) contenu.length)
                .stream(() -> new ByteArrayInputStream(contenu))
                .build();
    }

    /** The months an attestation may cover, newest first, as {value: 2026-10, label: octobre 2026}. */
    public List<YearMonth> getMoisAttestables() {
        List<YearMonth> mois = new ArrayList<>();
        YearMonth premier = service.premierMoisAttestable();
        for (YearMonth m = YearMonth.now(org.eden.portail.shared.Horloge.FUSEAU); !m.isBefore(premier); m = m.minusMonths(1)) {
            mois.add(m);
        }
        return mois;
    }

    public boolean ouvre(String section) {
        return fiche != null && fiche.getConsultation().ouvre(SectionDossier.valueOf(section));
    }

    private void fermer() {
        fiche = null;
        ouvertes.clear();
        dossier = null;
        adresse = null;
        droits = null;
        famille = null;
        logement = null;
        rsa = null;
        paiements = null;
        courriers = null;
        ressources = null;
        creances = null;
    }

    private <T> T appeler(Supplier<T> appel, String champ) {
        try {
            return appel.get();
        } catch (RegleMetierException refus) {
            erreur(champ, refus.getMessage());
        } catch (AuthorizationException refus) {
            erreur(champ, "Accès refusé. " + refus.getMessage());
        }
        return null;
    }

    private static void erreur(String champ, String message) {
        FacesContext.getCurrentInstance().addMessage(champ, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public boolean isPlusieursProfils() {
        return profils.size() > 1;
    }

    public boolean isInstructeurPossible() {
        return profils.contains(ReglesCdap.PROFIL_INSTRUCTEUR);
    }

    public List<String> getProfils() {
        return profils;
    }

    public FicheSynthese getFiche() {
        return fiche;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public void setCodeCaf(String codeCaf) {
        this.codeCaf = codeCaf;
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public String getProfil() {
        return profil;
    }

    public void setProfil(String profil) {
        this.profil = profil;
    }

    public String getNumeroInstructeur() {
        return numeroInstructeur;
    }

    public void setNumeroInstructeur(String numeroInstructeur) {
        this.numeroInstructeur = numeroInstructeur;
    }

    public IdentiteAllocataire getDossier() {
        return dossier;
    }

    public Adresse getAdresse() {
        return adresse;
    }

    public List<Droit> getDroits() {
        return droits;
    }

    public List<Personne> getFamille() {
        return famille;
    }

    public Logement getLogement() {
        return logement;
    }

    public List<PeriodeRsa> getRsa() {
        return rsa;
    }

    public List<Paiement> getPaiements() {
        return paiements;
    }

    public List<Courrier> getCourriers() {
        return courriers;
    }

    public RessourcesVue getRessources() {
        return ressources;
    }

    public List<Creance> getCreances() {
        return creances;
    }

    public String getMoisDebut() {
        return moisDebut;
    }

    public void setMoisDebut(String moisDebut) {
        this.moisDebut = moisDebut;
    }

    public String getMoisFin() {
        return moisFin;
    }

    public void setMoisFin(String moisFin) {
        this.moisFin = moisFin;
    }
}
