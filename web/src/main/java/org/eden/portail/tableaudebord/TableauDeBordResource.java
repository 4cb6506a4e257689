package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eden.portail.api.Probleme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The Elisa dashboards as JSON (R-TDB-1): the same service, scopes and secrecy as the screens
 * (R-TDB-4, R-TDB-5). A table changes only when an import replaces its vintage's month, so each
 * answer carries an ETag made of that load's time and the caller's scope, and
 * {@code Cache-Control: private, no-cache}: a reload asks again and gets 304 without a body.
 */
@Path("/tableau-de-bord")
@RequestScoped
public class TableauDeBordResource {

    static final String MILLESIMES = "FR1|FR2|FR6";
    static final String MOIS = "\\d{4}-(0[1-9]|1[0-2])";
    static final String NIVEAUX = "CAISSE|DEPARTEMENT|NATIONAL";
    static final String REGIMES = "CNAF|MSA";
    static final String STATUTS = "ENSEMBLE|SALARIE|EXPLOITANT";
    static final String THEMES = "PERSONNES_COUVERTES|DROITS_ET_DEVOIRS|SITUATION_FAMILIALE|ANCIENNETE|MONTANTS_MOYENS|SUIVI_FLUX_RSA"
            + "|SUIVI_FLUX_RSA_PPA|FINANCIER|SYNTHESE_PRESTATIONS_LEGALES|CARACTERISTIQUES_ALLOCATAIRES"
            + "|ENTRETIEN_ENFANTS_MONOPARENTALITE|LOGEMENT_REVENUS_GARANTIS|PRESTATION_INVALIDITE";

    private static final String EXEMPLE_TABLEAU = """
            {"millesime":"FR2","mois":"2026-03","theme":"PERSONNES_COUVERTES","themeLibelle":"Personnes couvertes",
             "niveau":"DEPARTEMENT","regime":"MSA","statut":"EXPLOITANT","seuilSecret":5,
             "indicateurs":[{"code":"FOYERS","libelle":"Foyers allocataires du RSA","nature":"EFFECTIF"}],
             "lignes":[{"code":"75","libelle":"75 – Paris","cellules":[{"indicateur":"FOYERS","secret":true,"texte":"secret statistique"}]},
                       {"code":"76","libelle":"76 – Seine-Maritime","cellules":[{"indicateur":"FOYERS","valeur":187,"secret":false,"texte":"187"}]}],
             "total":{"code":"FR","libelle":"France entière","cellules":[{"indicateur":"FOYERS","valeur":11873,"secret":false,"texte":"11 873"}]},
             "resume":"Personnes couvertes, FR2 semi-définitif de mars 2026, MSA (exploitants agricoles) : …"}""";

    private static final String EXEMPLE_REFUS = """
            {"millesime":"FR2","mois":"2026-03","theme":"PERSONNES_COUVERTES","niveau":"CAISSE","regime":"CNAF","statut":"ENSEMBLE",
             "lignes":[],"motif":"R-TDB-4 : le profil Agent conseil départemental ne voit pas le niveau caisse ; choisissez le niveau collectivité territoriale ou national."}""";

    @Inject
    TableauDeBordService service;

    @Inject
    ImportStatistiquesService imports;

    @Context
    Request requete;

    @GET
    @Path("/offre")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ce que le sélecteur de l'appelant propose",
            description = "Ses profils Tableau de bord, les tableaux de bord qu'il ouvre, pour chaque niveau les régimes ouverts "
                    + "(pas d'interrupteur MSA pour l'Agent CAF au niveau caisse, R-TDB-4) et les mois chargés par millésime.")
    public OffreTdb offre() {
        return service.offre();
    }

    @GET
    @Path("/tableaux/{theme}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Un tableau Elisa dans le périmètre de l'appelant",
            description = "Les lignes du niveau que le profil ouvre (R-TDB-4), la ligne France entière en dessous, les valeurs "
                    + "sous le seuil et celles qui s'en déduiraient par différence en « secret statistique » (R-TDB-5). "
                    + "Un niveau interdit répond un tableau vide avec son motif. ETag et Cache-Control: private, no-cache.")
    @APIResponse(responseCode = "200", description = "Le tableau", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "secret statistique", value = EXEMPLE_TABLEAU),
                    @ExampleObject(name = "niveau interdit", value = EXEMPLE_REFUS)}))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé (If-None-Match)")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (application/problem+json)")
    @APIResponse(responseCode = "403", description = "Aucun profil Tableau de bord (application/problem+json)")
    public Response tableau(
            @PathParam("theme") @Pattern(regexp = THEMES, message = "Thème inconnu : voyez la liste des thèmes Elisa (R-TDB-3).") String theme,
            @Parameter(description = "FR1, FR2 ou FR6", example = "FR2")
            @QueryParam("millesime") @NotNull(message = "Indiquez le millésime (FR1, FR2 ou FR6).")
            @Pattern(regexp = MILLESIMES, message = "Le millésime est FR1, FR2 ou FR6.") String millesime,
            @Parameter(description = "AAAA-MM", example = "2026-03")
            @QueryParam("mois") @NotNull(message = "Indiquez le mois (AAAA-MM).")
            @Pattern(regexp = MOIS, message = "Le mois s'écrit AAAA-MM, par exemple 2026-03.") String mois,
            @QueryParam("niveau") @NotNull(message = "Indiquez le niveau (CAISSE, DEPARTEMENT ou NATIONAL).")
            @Pattern(regexp = NIVEAUX, message = "Le niveau est CAISSE, DEPARTEMENT ou NATIONAL.") String niveau,
            @QueryParam("regime") @NotNull(message = "Indiquez le régime (CNAF ou MSA).")
            @Pattern(regexp = REGIMES, message = "Le régime est CNAF ou MSA.") String regime,
            @Parameter(description = "Pour la MSA : ENSEMBLE (par défaut), SALARIE ou EXPLOITANT")
            @QueryParam("statut") @Pattern(regexp = STATUTS, message = "Le statut est ENSEMBLE, SALARIE ou EXPLOITANT.") String statut) {
        DemandeTableau demande = demande(millesime, mois, theme, niveau, regime, statut);
        EntityTag etag = etag(demande, service.chargeLe(demande.millesime(), demande.mois()).map(Object::toString).orElse("absent"));
        return selonEtag(etag, () -> service.tableau(demande));
    }

    @GET
    @Path("/comparaisons/{theme}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comparaison des millésimes FR1 → FR2 → FR6 d'un mois (R-TDB-6)",
            description = "Un indicateur du tableau (par défaut le premier du thème) dans chaque millésime chargé du mois, "
                    + "et sa révision en pour cent d'un millésime au suivant ; le périmètre et le secret s'appliquent comme au tableau.")
    public Response comparaison(
            @PathParam("theme") @Pattern(regexp = THEMES, message = "Thème inconnu : voyez la liste des thèmes Elisa (R-TDB-3).") String theme,
            @QueryParam("mois") @NotNull(message = "Indiquez le mois (AAAA-MM).")
            @Pattern(regexp = MOIS, message = "Le mois s'écrit AAAA-MM, par exemple 2026-03.") String mois,
            @QueryParam("niveau") @NotNull(message = "Indiquez le niveau (CAISSE, DEPARTEMENT ou NATIONAL).")
            @Pattern(regexp = NIVEAUX, message = "Le niveau est CAISSE, DEPARTEMENT ou NATIONAL.") String niveau,
            @QueryParam("regime") @NotNull(message = "Indiquez le régime (CNAF ou MSA).")
            @Pattern(regexp = REGIMES, message = "Le régime est CNAF ou MSA.") String regime,
            @QueryParam("statut") @Pattern(regexp = STATUTS, message = "Le statut est ENSEMBLE, SALARIE ou EXPLOITANT.") String statut,
            @QueryParam("indicateur") @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "Code d'indicateur invalide.") String indicateur) {
        DemandeTableau demande = demande("FR6", mois, theme, niveau, regime, statut);
        StringBuilder versions = new StringBuilder(indicateur == null ? "" : indicateur);
        for (Millesime m : Millesime.values()) {
            versions.append('|').append(service.chargeLe(m, demande.mois()).map(Object::toString).orElse("absent"));
        }
        EntityTag etag = etag(demande, versions.toString());
        return selonEtag(etag, () -> service.comparer(demande, indicateur));
    }

    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Charger le fichier mensuel d'un millésime (R-TDB-6), pour l'exploitation",
            description = "Le corps est le fichier CSV (disposition dans docs/contextes.md). Agents Cnaf seulement. Chaque ligne est "
                    + "contrôlée, puis les totaux ; si rien n'est refusé, le millésime du mois est remplacé en une transaction, sinon "
                    + "rien n'est chargé et la réponse 422 (problem+json) nomme chaque ligne refusée dans « violations ».")
    @APIResponse(responseCode = "200", description = "Chargé : le rapport")
    @APIResponse(responseCode = "422", description = "Refusé, rien n'est chargé : les lignes et leurs motifs (application/problem+json)")
    public Response importer(
            @Parameter(description = "Le millésime annoncé ; le fichier doit être celui-là")
            @QueryParam("millesime") @Pattern(regexp = MILLESIMES, message = "Le millésime est FR1, FR2 ou FR6.") String millesime,
            @Parameter(description = "Le mois annoncé (AAAA-MM) ; le fichier doit être celui-là")
            @QueryParam("mois") @Pattern(regexp = MOIS, message = "Le mois s'écrit AAAA-MM, par exemple 2026-03.") String mois,
            @QueryParam("fichier") @Pattern(regexp = "[\\w .-]{1,120}", message = "Nom de fichier invalide.") String fichier,
            byte[] contenu) {
        RapportImport rapport = imports.importer(fichier == null ? "import par l'API" : fichier, contenu,
                millesime == null ? null : Millesime.valueOf(millesime), mois == null ? null : YearMonth.parse(mois), null);
        if (rapport.isCharge()) {
            return Response.ok(rapport).build();
        }
        return new Probleme("about:blank", "Fichier refusé", 422, rapport.getConclusion(), "/api/tableau-de-bord/imports", "R-TDB-6",
                rapport.getRefus().stream().map(r -> new Probleme.Violation("ligne " + r.numero(), r.motif())).toList()).reponse();
    }

    private static DemandeTableau demande(String millesime, String mois, String theme, String niveau, String regime, String statut) {
        return new DemandeTableau(Millesime.valueOf(millesime), YearMonth.parse(mois), Theme.valueOf(theme), Niveau.valueOf(niveau),
                Regime.valueOf(regime), statut == null ? Statut.ENSEMBLE : Statut.valueOf(statut));
    }

    /**
     * A conditional GET: 304 when the client's copy still carries {@code etag} (the body is not
     * computed then), else the body under it; private, no-cache either way.
     */
    private Response selonEtag(EntityTag etag, Supplier<Object> corps) {
        Response.ResponseBuilder inchange = requete.evaluatePreconditions(etag);
        if (inchange != null) {
            return inchange.cacheControl(cache()).build();
        }
        return Response.ok(corps.get()).tag(etag).cacheControl(cache()).build();
    }

    /** The request, the load it is read from, and the caller's scope: two callers with one ETag see the same rows. */
    private EntityTag etag(DemandeTableau demande, String version) {
        Perimetre p = service.perimetre();
        String empreinte = demande + "|" + version + "|" + p.profils().stream().sorted().toList() + "|" + p.departement() + "|" + p.caisseMsa()
                + "|" + SecretStatistique.seuil();
        try {
            byte[] hache = MessageDigest.getInstance("SHA-256").digest(empreinte.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(hache, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CacheControl cache() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        cache.setNoTransform(false);
        return cache;
    }
}
