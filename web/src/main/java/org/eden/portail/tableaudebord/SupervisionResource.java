package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eden.portail.api.RequeteInvalideException;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The supervision (R-TDB-2) and the consultation alerts (R-TDB-7) as JSON: the same service and
 * scopes as the screens. The caller's scope comes from his rights; {@code organisme} or {@code caf}
 * narrow it, and one outside it answers 403 naming the right.
 */
@Path("/tableau-de-bord/supervision")
@RequestScoped
public class SupervisionResource {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String EXEMPLE = """
            {"perimetre":"organisme 12","du":"2026-03-01","au":"2026-03-31","granularite":"SEMAINE","aJourAu":"2026-04-01T06:00:00Z",
             "activite":[{"periode":"2026-S09","connexions":14,"connexionsCdap":9,"dossiers":31}],
             "sections":[{"section":"DROITS","libelle":"Droits","lectures":22}],
             "organismes":[{"cle":"12","libelle":"CCAS de Rouen","utilisateurs":6,"actifs":4,"connexions":14,"dossiers":31}],
             "montee":[{"mois":"2026-03","service":"CDAP","habilitations":5}],
             "quotas":[{"cle":"12","libelle":"CCAS de Rouen","service":"CDAP","profil":"T2","accorde":5,"utilise":4}],
             "exercice":2026,
             "declarations":[{"cle":"12","libelle":"CCAS de Rouen","exercice":2026,"declarations":2,"enSaisie":0,"aApprouver":0,
                              "transmises":1,"validees":1,"enRetard":1}]}""";

    @Inject
    SupervisionService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "La supervision des habilitations et des connexions (R-TDB-2)",
            description = "Connexions (toutes et CDAP) et dossiers ouverts par jour, semaine ou mois, sections CDAP les plus lues, "
                    + "chiffres par organisme (par Caf pour la Cnaf), montée en charge des habilitations, usage des quotas, "
                    + "déclarations AFAS de l'exercice (l'année de « au ») par étape et en retard (R-AFAS-7, vide sans l'AFAS). "
                    + "Administrateur partenaire et suppléant : leur organisme ; administrateur et superviseur de Caf : les "
                    + "partenaires de la Caf ; Cnaf : toutes les Caf. Les chiffres sont ceux des traces repliées (champ aJourAu).")
    @APIResponse(responseCode = "200", description = "La supervision", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "un organisme", value = EXEMPLE)))
    @APIResponse(responseCode = "400", description = "Paramètre invalide (application/problem+json)")
    @APIResponse(responseCode = "403", description = "Hors du périmètre de l'appelant : le droit manquant (application/problem+json)")
    @APIResponse(responseCode = "422", description = "Période invalide, R-TDB-2 (application/problem+json)")
    public Supervision supervision(
            @Parameter(description = "Premier jour (AAAA-MM-JJ) ; par défaut 30 jours avant la fin")
            @QueryParam("du") @Pattern(regexp = DATE, message = "La date « du » s'écrit AAAA-MM-JJ.") String du,
            @Parameter(description = "Dernier jour (AAAA-MM-JJ) ; par défaut aujourd'hui")
            @QueryParam("au") @Pattern(regexp = DATE, message = "La date « au » s'écrit AAAA-MM-JJ.") String au,
            @Parameter(description = "JOUR, SEMAINE (par défaut) ou MOIS")
            @QueryParam("granularite") @Pattern(regexp = "JOUR|SEMAINE|MOIS", message = "La granularité est JOUR, SEMAINE ou MOIS.") String granularite,
            @Parameter(description = "Restreindre à un organisme partenaire du périmètre")
            @QueryParam("organisme") @Pattern(regexp = "\\d{1,18}", message = "L'organisme est un identifiant numérique.") String organisme,
            @Parameter(description = "Restreindre aux partenaires d'une Caf (Cnaf)")
            @QueryParam("caf") @Pattern(regexp = "\\d{3}", message = "Le code de la Caf compte trois chiffres.") String caf) {
        return service.supervision(demande(du, au, granularite, organisme, caf));
    }

    @GET
    @Path("/alertes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les alertes de consultation (R-TDB-7)",
            description = "Les journées atypiques des utilisateurs (dossiers au-delà du seuil de la Caf ou d'un multiple de la journée "
                    + "habituelle de l'organisme, dossiers d'une autre Caf, la nuit, un jour non travaillé), chacune avec l'adresse "
                    + "de ses traces. Une alerte informe, elle ne suspend rien. Administrateur partenaire : son organisme ; "
                    + "superviseur de Caf : les partenaires de la Caf.")
    @APIResponse(responseCode = "403", description = "Hors du périmètre de l'appelant : le droit manquant (application/problem+json)")
    public List<Alerte> alertes(
            @QueryParam("du") @Pattern(regexp = DATE, message = "La date « du » s'écrit AAAA-MM-JJ.") String du,
            @QueryParam("au") @Pattern(regexp = DATE, message = "La date « au » s'écrit AAAA-MM-JJ.") String au,
            @QueryParam("organisme") @Pattern(regexp = "\\d{1,18}", message = "L'organisme est un identifiant numérique.") String organisme,
            @QueryParam("caf") @Pattern(regexp = "\\d{3}", message = "Le code de la Caf compte trois chiffres.") String caf) {
        return service.alertes(demande(du, au, null, organisme, caf));
    }

    @GET
    @Path("/seuils/{caf}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les seuils d'alerte d'une Caf (R-TDB-7)")
    public SeuilsAlertes seuils(@PathParam("caf") @Pattern(regexp = "\\d{3}", message = "Le code de la Caf compte trois chiffres.") String caf) {
        return service.seuils(caf);
    }

    @PUT
    @Path("/seuils/{caf}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Régler les seuils d'alerte d'une Caf (R-TDB-7) : administrateur et superviseur de la Caf",
            description = "Corps JSON : {\"dossiersParJour\": 40, \"facteurUsuel\": 4}.")
    @APIResponse(responseCode = "400", description = "Corps qui n'est pas un objet JSON (application/problem+json)")
    @APIResponse(responseCode = "403", description = "Pas la Caf de l'appelant : le droit manquant (application/problem+json)")
    @APIResponse(responseCode = "422", description = "Seuil absent ou hors des bornes, R-TDB-7 (application/problem+json)")
    public SeuilsAlertes fixerSeuils(@PathParam("caf") @Pattern(regexp = "\\d{3}", message = "Le code de la Caf compte trois chiffres.") String caf,
                                     String corps) {
        // The right first (401 or 403 naming it), then the body: a stranger learns nothing of what it should hold.
        service.seuils(caf);
        Integer dossiers = null;
        Integer facteur = null;
        if (corps != null && !corps.isBlank()) {
            try (JsonReader lecteur = Json.createReader(new StringReader(corps))) {
                JsonObject objet = lecteur.readObject();
                dossiers = objet.containsKey("dossiersParJour") ? objet.getJsonNumber("dossiersParJour").intValueExact() : null;
                facteur = objet.containsKey("facteurUsuel") ? objet.getJsonNumber("facteurUsuel").intValueExact() : null;
            } catch (JsonException | ClassCastException | ArithmeticException malforme) {
                throw new RequeteInvalideException("seuils", "Le corps est un objet JSON : {\"dossiersParJour\": 40, \"facteurUsuel\": 4}.");
            }
        }
        return service.fixerSeuils(caf, dossiers, facteur);
    }

    private DemandeSupervision demande(String du, String au, String granularite, String organisme, String caf) {
        LocalDate fin = date("au", au, service.aujourdhui());
        LocalDate debut = date("du", du, fin.minusDays(29));
        return new DemandeSupervision(debut, fin, granularite == null ? Supervision.Granularite.SEMAINE : Supervision.Granularite.valueOf(granularite),
                organisme == null ? null : Long.valueOf(organisme), caf);
    }

    private static LocalDate date(String champ, String valeur, LocalDate parDefaut) {
        if (valeur == null) {
            return parDefaut;
        }
        try {
            return LocalDate.parse(valeur);
        } catch (DateTimeParseException e) {
            throw new RequeteInvalideException(champ, "La date « " + champ + " » n'existe pas : " + valeur + ".");
        }
    }
}
