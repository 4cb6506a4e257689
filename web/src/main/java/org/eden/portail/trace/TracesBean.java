package org.eden.portail.trace;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.ModelePremierePage;
import org.eden.portail.shared.PeriodeSaisie;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The "Traces" screen (R-TRACE-4): filters, a lazy table whose pages and sorts are the database's,
 * the CSV export of what the filters select, the export of one person's traces, and the chain's
 * verification for those who may. Thin: the scope and every check are LectureTraces'.
 */
@Named
@ViewScoped
public class TracesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LectureTraces lecture;

    @Inject
    TraceService verification;

    @Inject
    Clock horloge;

    private final PeriodeSaisie periode = new PeriodeSaisie();
    /** The form's person, action, target and result; its period is {@link #periode}, in days. */
    private FiltreTraces saisie = new FiltreTraces();
    private String identifiantExport;
    private boolean exportUtilisateurPret;

    /** The filter applied to the table, fixed when "Filtrer" is pressed. */
    private FiltreTraces filtreApplique = new FiltreTraces();

    private final Modele modele = new Modele();

    /** More traces match than the table pages through (RequeteTraces.COMPTE_MAX). */
    private boolean plafonne;

    public boolean isPlafonne() {
        return plafonne;
    }

    /** The table's data: each load is one call of the service (one count, one page, one trace). */
    public class Modele extends ModelePremierePage<LigneTrace, PageTraces> {

        private static final long serialVersionUID = 1L;

        Modele() {
            super(50);
        }

        @Override
        protected PageTraces page(int debut, int taille, Map<String, SortMeta> tris) {
            Ordre ordre = Ordre.de(tris);
            return lecture.lire(filtreApplique, ordre.tri(), ordre.croissant(), debut, taille);
        }

        @Override
        protected boolean ordreParDefaut(Map<String, SortMeta> tris) {
            return Ordre.de(tris).equals(Ordre.PAR_DEFAUT);
        }

        @Override
        protected int total(PageTraces page) {
            plafonne = page.plafonne();
            return page.parcourables();
        }

        @Override
        protected List<LigneTrace> lignes(PageTraces page) {
            return page.lignes();
        }

        @Override
        protected String cle(LigneTrace ligne) {
            return String.valueOf(ligne.getRang());
        }
    }

    /** The table's order: its first sorted column, else the newest first. */
    record Ordre(TriTraces tri, boolean croissant) {

        static final Ordre PAR_DEFAUT = new Ordre(TriTraces.HORODATAGE, false);

        static Ordre de(Map<String, SortMeta> tris) {
            for (SortMeta meta : tris.values()) {
                if (meta.getOrder() != SortOrder.UNSORTED) {
                    TriTraces tri = switch (meta.getField()) {
                        case "identifiant" -> TriTraces.IDENTIFIANT;
                        case "action" -> TriTraces.ACTION;
                        case "cibleType" -> TriTraces.CIBLE;
                        case "resultat" -> TriTraces.RESULTAT;
                        default -> TriTraces.HORODATAGE;
                    };
                    return new Ordre(tri, meta.getOrder() == SortOrder.ASCENDING);
                }
            }
            return PAR_DEFAUT;
        }
    }

    /** "Filtrer": the new filter applies from the first page. */
    public void filtrer() {
        if (periode.isVide()) {
            message(FacesMessage.SEVERITY_WARN, "Période invalide", "La fin de la période précède son début.");
            return;
        }
        FiltreTraces filtre = saisie.sur(periode.debut(), periode.finExclue());
        filtreApplique = filtre;
        modele.oublier();
        premierePage();
    }

    private static void premierePage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("traces:liste")
                instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    public void effacer() {
        periode.effacer();
        saisie = new FiltreTraces();
        filtreApplique = new FiltreTraces();
        modele.oublier();
        premierePage();
    }

    /** The CSV of the filtered rows, written straight to the response as the service reads them. */
    public StreamedContent getExport() {
        FiltreTraces filtre = filtreApplique;
        return DefaultStreamedContent.builder()
                .name("traces.csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(sortie -> ecrire(sortie, w -> lecture.exporter(filtre, w)))
                .build();
    }

    /** Checks the person first, so that a refusal is a message and not a broken download. */
    public void preparerExportUtilisateur() {
        exportUtilisateurPret = false;
        try {
            identifiantExport = lecture.personneDansLaPortee(identifiantExport);
            exportUtilisateurPret = true;
        } catch (RegleMetierException e) {
            message(FacesMessage.SEVERITY_WARN, "Export impossible", e.getMessage());
        }
    }

    /** R-TRACE-4: every trace of one person, for his request to access his data. */
    public StreamedContent getExportUtilisateur() {
        if (!exportUtilisateurPret) {
            return null;
        }
        String personne = identifiantExport;
        return DefaultStreamedContent.builder()
                .name("traces-" + personne + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(sortie -> ecrire(sortie, w -> lecture.exporterTracesDe(personne, w)))
                .build();
    }

    private interface Export extends Serializable {
        void ecrire(Writer w);
    }

    private static void ecrire(java.io.OutputStream sortie, Export export) {
        try {
            Writer w = new OutputStreamWriter(sortie, StandardCharsets.UTF_8);
            export.ecrire(w);
            w.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public boolean isPeutVerifier() {
        return SecurityUtils.getSubject().isPermitted(PermissionsTraces.TRACE_VERIFIER);
    }

    public void verifier() {
        try {
            VerificationChaine verdict = verification.verifier();
            if (verdict.intacte()) {
                message(FacesMessage.SEVERITY_INFO, "Chaîne intacte",
                        verdict.verifiees() + " trace(s) vérifiée(s) : aucune n'a été modifiée, supprimée ni insérée."
                                + enAttente(verdict.attente()));
            } else {
                message(FacesMessage.SEVERITY_ERROR, "Chaîne rompue",
                        "La chaîne est rompue à la trace de rang " + verdict.rangRompu() + " : " + verdict.motif());
            }
        } catch (AuthorizationException e) {
            message(FacesMessage.SEVERITY_ERROR, "Accès refusé", "Vos habilitations ne permettent pas de vérifier la chaîne.");
        }
    }

    /** The traces written but not chained yet, said plainly: they are not verified by this run. */
    private String enAttente(AttenteScellement attente) {
        if (attente.nombre() == 0) {
            return "";
        }
        return " " + attente.nombre() + " trace(s) toute(s) récente(s), en attente de scellement depuis "
                + attente.age(horloge.instant()).toSeconds() + " s au plus, seront vérifiées à la prochaine vérification.";
    }

    private static void message(FacesMessage.Severity gravite, String resume, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(gravite, resume, detail));
    }

    public ResultatTrace[] getResultats() {
        return ResultatTrace.values();
    }

    public String getPortee() {
        PorteeLecture portee = lecture.portee();
        return portee.organismeId() != null ? "les traces des utilisateurs de votre organisme"
                : "les traces de la Caf " + portee.codeCaf() + " : ses agents et les utilisateurs de ses partenaires";
    }

    public Modele getModele() {
        return modele;
    }

    public PeriodeSaisie getPeriode() {
        return periode;
    }

    public FiltreTraces getSaisie() {
        return saisie;
    }

    public String getIdentifiantExport() {
        return identifiantExport;
    }

    public void setIdentifiantExport(String identifiantExport) {
        this.identifiantExport = identifiantExport;
    }
}
