package org.eden.portail.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eden.portail.afas.DeclarationResume;
import org.eden.portail.afas.DeclarationService;
import org.eden.portail.afas.DeclarationVue;
import org.eden.portail.afas.EquipementService;
import org.eden.portail.afas.EquipementVue;
import org.eden.portail.afas.NatureDeclaration;
import org.eden.portail.afas.Partie;
import org.eden.portail.afas.PartieDeclaration;
import org.eden.portail.afas.Poste;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R-AFAS-9: AFAS for the partners' facility-management software — read the équipements and the
 * declarations, open one, write the activity or the financial part of a draft, justify a warning,
 * submit; the approver transmits or sends back with his own credentials. The same services and
 * permissions as the screens (session or HTTP Basic). Bodies are read strictly here, before any
 * service is called: malformed JSON, an unknown field, a wrong type, a figure with more than two
 * decimals or beyond 999 999 999,99 answers 400 problem+json naming the field, and nothing is saved.
 */
@Path("/afas")
@RequestScoped
@Tag(name = "AFAS", description = "Déclarations d'activité et financières des équipements (R-AFAS-9)")
@Produces(MediaType.APPLICATION_JSON)
public class AfasResource {

    @Inject
    EquipementService equipements;

    @Inject
    DeclarationService declarations;

    @GET
    @Path("/equipements")
    @Operation(summary = "Mes équipements", description = "Les équipements dont l'appelant est fournisseur ou approbateur, avec leurs affectations.")
    public List<EquipementVue> mesEquipements() {
        return equipements.mesEquipements();
    }

    @GET
    @Path("/equipements/{id}/declarations")
    @Operation(summary = "Déclarations d'un équipement", description = "Exercice, nature, statut, échéance et retard.")
    public List<DeclarationResume> declarationsDe(@PathParam("id") long equipementId) {
        return declarations.declarationsDe(equipementId);
    }

    @POST
    @Path("/equipements/{id}/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ouvrir une déclaration", description = "Corps : {\"exercice\": 2026, \"nature\": \"PREVISIONNEL\", "
            + "\"preremplir\": true}. Natures : PREVISIONNEL, ACTUALISE_JUIN, ACTUALISE_SEPTEMBRE, REEL. Préremplie depuis le dernier "
            + "réel (prévisionnel) ou le prévisionnel (actualisé) si preremplir (R-AFAS-10). Fournisseurs de l'équipement.")
    @RequestBody(description = "exercice (entier), nature, preremplir (booléen, facultatif)")
    public Response ouvrir(@PathParam("id") long equipementId, String corps) {
        JsonObject json = objet(corps, Set.of("exercice", "nature", "preremplir"));
        int exercice = entier(json, "exercice", 2000, 2100);
        NatureDeclaration nature = nature(json);
        boolean preremplir = json.containsKey("preremplir") && booleen(json, "preremplir");
        DeclarationVue vue = declarations.ouvrir(equipementId, exercice, nature, preremplir);
        return Response.status(Response.Status.CREATED).entity(vue).build();
    }

    @GET
    @Path("/declarations/{id}")
    @Operation(summary = "Lire une déclaration", description = "Les deux parties ligne par ligne avec le réel de l'an passé et l'écart, "
            + "les indicateurs calculés, les contrôles en échec avec leurs justifications, les versions à renvoyer pour enregistrer.")
    public DeclarationVue consulter(@PathParam("id") long id) {
        return declarations.consulter(id);
    }

    @PUT
    @Path("/declarations/{id}/activite")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer la partie activité", description = "Corps : {\"version\": 3, \"valeurs\": {\"PLACES\": 40, …}} — "
            + "la version lue (versionActivite) ; une version dépassée est refusée (422, R-AFAS-6). Fournisseurs d'activité seulement. "
            + "La réponse liste les contrôles en échec (R-AFAS-4).")
    public DeclarationVue enregistrerActivite(@PathParam("id") long id, String corps) {
        return enregistrer(id, Partie.ACTIVITE, corps);
    }

    @PUT
    @Path("/declarations/{id}/finances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer la partie financière", description = "Comme la partie activité, avec les postes CHARGES_…, "
            + "PRODUITS_… et les totaux déclarés. Fournisseurs de données financières seulement.")
    public DeclarationVue enregistrerFinances(@PathParam("id") long id, String corps) {
        return enregistrer(id, Partie.FINANCES, corps);
    }

    @POST
    @Path("/declarations/{id}/justifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Justifier un avertissement", description = "Corps : {\"controle\": \"AFAS-C05\", \"texte\": \"…\"} (R-AFAS-4).")
    public DeclarationVue justifier(@PathParam("id") long id, String corps) {
        JsonObject json = objet(corps, Set.of("controle", "texte"));
        return declarations.justifier(id, texte(json, "controle", 20), texte(json, "texte", 2000));
    }

    @POST
    @Path("/declarations/{id}/soumission")
    @Operation(summary = "Soumettre à l'approbation", description = "Refusée en 422 problem+json dont « controles » liste les "
            + "identifiants des contrôles bloquants ou des avertissements non justifiés (R-AFAS-4).")
    public DeclarationVue soumettre(@PathParam("id") long id) {
        return declarations.soumettre(id);
    }

    @POST
    @Path("/declarations/{id}/transmission")
    @Operation(summary = "Transmettre à la Caf", description = "L'approbateur de l'équipement seulement, avec ses propres identifiants (R-AFAS-5).")
    public DeclarationVue transmettre(@PathParam("id") long id) {
        return declarations.transmettre(id);
    }

    @POST
    @Path("/declarations/{id}/renvoi")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renvoyer aux fournisseurs", description = "Corps : {\"commentaire\": \"…\"} ; l'approbateur seulement (R-AFAS-5).")
    public DeclarationVue renvoyer(@PathParam("id") long id, String corps) {
        JsonObject json = objet(corps, Set.of("commentaire"));
        return declarations.renvoyer(id, texte(json, "commentaire", 2000));
    }

    // --- strict reading of the bodies ---------------------------------------------------------

    private DeclarationVue enregistrer(long id, Partie partie, String corps) {
        JsonObject json = objet(corps, Set.of("version", "valeurs"));
        long version = entier(json, "version", 0, Integer.MAX_VALUE);
        JsonValue brutes = json.get("valeurs");
        if (brutes == null || brutes.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RequeteInvalideException("valeurs", "« valeurs » est un objet dont les clés sont les postes de la partie.");
        }
        Map<Poste, BigDecimal> valeurs = new EnumMap<>(Poste.class);
        for (Map.Entry<String, JsonValue> e : brutes.asJsonObject().entrySet()) {
            Poste poste = Arrays.stream(Poste.values()).filter(p -> p.name().equals(e.getKey()) && p.getPartie() == partie).findFirst()
                    .orElseThrow(() -> new RequeteInvalideException("valeurs." + e.getKey(), "Poste inconnu de la partie "
                            + partie.getLibelle().toLowerCase() + " : « " + e.getKey() + " »."));
            valeurs.put(poste, montant("valeurs." + e.getKey(), e.getValue()));
        }
        return declarations.enregistrer(id, partie, version, valeurs);
    }

    private static JsonObject objet(String corps, Set<String> champs) {
        if (corps == null || corps.isBlank()) {
            throw new RequeteInvalideException("corps", "Envoyez un objet JSON.");
        }
        JsonValue valeur;
        try (JsonReader lecteur = Json.createReader(new StringReader(corps))) {
            valeur = lecteur.readValue();
        } catch (jakarta.json.JsonException e) {
            throw new RequeteInvalideException("corps", "Le corps n'est pas un JSON valide.");
        }
        if (valeur.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RequeteInvalideException("corps", "Envoyez un objet JSON.");
        }
        JsonObject objet = valeur.asJsonObject();
        objet.keySet().stream().filter(k -> !champs.contains(k)).findFirst().ifPresent(k -> {
            throw new RequeteInvalideException(k, "Champ inconnu : « " + k + " ». Champs admis : " + String.join(", ", champs.stream().sorted().toList()) + ".");
        });
        return objet;
    }

    private static BigDecimal montant(String champ, JsonValue valeur) {
        if (valeur.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (valeur.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new RequeteInvalideException(champ, "Un nombre est attendu.");
        }
        BigDecimal x = ((JsonNumber) valeur).bigDecimalValue();
        if (x.abs().compareTo(PartieDeclaration.MAXIMUM) > 0) {
            throw new RequeteInvalideException(champ, "Le nombre dépasse le maximum admis (999 999 999,99).");
        }
        if (x.stripTrailingZeros().scale() > 2) {
            throw new RequeteInvalideException(champ, "Deux décimales au plus.");
        }
        return x;
    }

    private static int entier(JsonObject json, String champ, long min, long max) {
        JsonValue v = json.get(champ);
        if (v == null || v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            throw new RequeteInvalideException(champ, "« " + champ + " » est un entier requis.");
        }
        BigDecimal x = ((JsonNumber) v).bigDecimalValue();
        if (x.compareTo(BigDecimal.valueOf(min)) < 0 || x.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new RequeteInvalideException(champ, "« " + champ + " » doit être entre " + min + " et " + max + ".");
        }
        return x.intValueExact();
    }

    private static boolean booleen(JsonObject json, String champ) {
        JsonValue v = json.get(champ);
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new RequeteInvalideException(champ, "« " + champ + " » est un booléen (true ou false).");
    }

    private static String texte(JsonObject json, String champ, int longueur) {
        JsonValue v = json.get(champ);
        if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
            throw new RequeteInvalideException(champ, "« " + champ + " » est un texte requis.");
        }
        String s = ((JsonString) v).getString();
        if (s.length() > longueur) {
            throw new RequeteInvalideException(champ, "« " + champ + " » dépasse " + longueur + " caractères.");
        }
        return s;
    }

    private static NatureDeclaration nature(JsonObject json) {
        JsonValue v = json.get("nature");
        String s = v != null && v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : "";
        return Arrays.stream(NatureDeclaration.values()).filter(n -> n.name().equals(s)).findFirst()
                .orElseThrow(() -> new RequeteInvalideException("nature", "Nature attendue : PREVISIONNEL, ACTUALISE_JUIN, "
                        + "ACTUALISE_SEPTEMBRE ou REEL."));
    }
}
