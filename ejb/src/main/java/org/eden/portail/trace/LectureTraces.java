package org.eden.portail.trace;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.shared.RegleMetierException;

import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * R-TRACE-4: reading the traces. The reader's scope is derived here from his account and his
 * permissions ({@code trace:lire:organisme:<id>}, {@code trace:lire:caf:<code>}, see
 * PermissionsTraces) and added to every query, whatever the filter carries: a forged filter only
 * narrows what the scope already allows. Each reading and each export is itself traced, and seals
 * first what waits, so that the reader finds the traces of what was just done.
 */
@Stateless
public class LectureTraces {

    /** The most a page may hold: the screen asks 50; nobody reads a million rows in one request. */
    static final int PAGE_MAX = 500;

    /** Rows read per query during an export: the export is streamed, never held whole in memory. */
    static final int LOT_EXPORT = 1000;

    @Inject
    TraceRepository traces;

    @Inject
    AnnuaireActeurs annuaire;

    @Inject
    ScelleurTraces scelleur;

    /** What the current reader may read; refused (and traced as such) to anyone else. */
    public PorteeLecture portee() {
        Subject sujet = SecurityUtils.getSubject();
        if (sujet.getPrincipal() == null) {
            throw new UnauthenticatedException("Connexion requise");
        }
        AnnuaireActeurs.Acteur lecteur = annuaire.acteur(sujet.getPrincipal().toString())
                .orElseThrow(() -> new AuthorizationException("R-TRACE-4 : compte inconnu"));
        if (lecteur.codeCafAgent() != null && sujet.isPermitted(PermissionsTraces.lireTracesCaf(lecteur.codeCafAgent()))) {
            return PorteeLecture.caf(lecteur.codeCafAgent());
        }
        if (lecteur.organismeId() != null
                && sujet.isPermitted(PermissionsTraces.lireTracesOrganisme(lecteur.organismeId()))) {
            return PorteeLecture.organisme(lecteur.organismeId());
        }
        throw new AuthorizationException("R-TRACE-4 : lecture des traces réservée aux administrateurs partenaires et aux superviseurs Caf");
    }

    /** One page of the screen: count and page, both in the database, both in the reader's scope. */
    @ActionTracee(value = "LECTURE_TRACES", cible = "TRACES")
    public PageTraces lire(FiltreTraces filtre, TriTraces tri, boolean croissant, int debut, int nombre) {
        PorteeLecture portee = portee();
        scelleur.scellerTout(); // the reader sees his last actions, sealed in their place
        RequeteTraces requete = RequeteTraces.de(portee, filtre);
        long total = traces.compter(requete);
        List<LigneTrace> lignes = total == 0 ? List.of()
                : traces.lire(requete, tri, croissant, Math.max(0, debut), Math.max(1, Math.min(nombre, PAGE_MAX)));
        return new PageTraces(lignes, total, portee, Objects.toString(filtre, null));
    }

    /** The CSV of every trace the filter selects in the reader's scope, newest first, streamed. */
    @ActionTracee(value = "EXPORT_TRACES", cible = "TRACES")
    public ExportTraces exporter(FiltreTraces filtre, Writer sortie) {
        PorteeLecture portee = portee();
        return new ExportTraces(ecrire(RequeteTraces.de(portee, filtre), sortie), portee, portee.libelle());
    }

    /**
     * R-TRACE-4: a person's request for his own traces goes through his administrateur (or, for a
     * Caf's staff, its superviseur), who exports all of them. The person must be in the reader's scope.
     */
    @ActionTracee(value = "EXPORT_TRACES_UTILISATEUR", cible = "UTILISATEUR")
    public ExportTraces exporterTracesDe(String identifiant, Writer sortie) {
        PorteeLecture portee = portee();
        AnnuaireActeurs.Acteur personne = personne(portee, identifiant);
        return new ExportTraces(ecrire(RequeteTraces.de(portee, FiltreTraces.deLUtilisateur(personne.identifiant())), sortie),
                portee, personne.identifiant());
    }

    /** The person's identifier if he is in the reader's scope (checked before a download starts). */
    public String personneDansLaPortee(String identifiant) {
        return personne(portee(), identifiant).identifiant();
    }

    private AnnuaireActeurs.Acteur personne(PorteeLecture portee, String identifiant) {
        String id = identifiant == null ? "" : identifiant.trim().toUpperCase();
        return annuaire.acteur(id).filter(u -> dansLaPortee(u, portee))
                .orElseThrow(() -> new RegleMetierException("R-TRACE-4", "Aucun utilisateur « " + id
                        + " » dans votre périmètre : vous ne pouvez exporter que les traces des personnes de "
                        + (portee.organismeId() != null ? "votre organisme." : "votre Caf et de ses partenaires.")));
    }

    private static boolean dansLaPortee(AnnuaireActeurs.Acteur personne, PorteeLecture portee) {
        if (portee.organismeId() != null) {
            return portee.organismeId().equals(personne.organismeId());
        }
        return portee.codeCaf().equals(personne.codeCaf());
    }

    private long ecrire(RequeteTraces requete, Writer sortie) {
        scelleur.scellerTout();
        CsvTraces csv = new CsvTraces(sortie);
        long nombre = 0;
        Long avant = null;
        List<LigneTrace> lot;
        do {
            lot = traces.lot(requete, avant, LOT_EXPORT);
            for (LigneTrace ligne : lot) {
                csv.ecrire(ligne);
                avant = ligne.getRang();
            }
            nombre += lot.size();
        } while (lot.size() == LOT_EXPORT);
        csv.terminer();
        return nombre;
    }
}
