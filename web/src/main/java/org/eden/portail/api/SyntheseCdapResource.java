package org.eden.portail.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eden.portail.cdap.ConsultationCdapService;
import org.eden.portail.cdap.FicheSynthese;

/**
 * CDAP for programs: search a file and answer its fiche de synthèse (R-CDAP-1, R-CDAP-3), with the
 * same checks and traces as the screen; the sections stay on the screen. It is also what the
 * benchmark measures ("search + synthesis").
 */
@Path("/cdap/dossiers")
@RequestScoped
public class SyntheseCdapResource {

    @Inject
    ConsultationCdapService consultation;

    @GET
    @Path("/{caf}/{numero}/synthese")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fiche de synthèse d'un dossier allocataire",
            description = "Sous un profil CDAP de l'appelant ; le numéro instructeur est exigé du profil T4 (R-CDAP-4).")
    public FicheSynthese synthese(
            @PathParam("caf") @Pattern(regexp = "\\d{3}", message = "Le code d'une Caf compte trois chiffres.") String caf,
            @PathParam("numero") @Pattern(regexp = "\\d{1,7}", message = "Le numéro allocataire compte de 1 à 7 chiffres.") String numero,
            @QueryParam("profil") @NotNull(message = "Indiquez le profil CDAP de la consultation (paramètre profil).") String profil,
            @QueryParam("instructeur") String instructeur) {
        return consultation.rechercher(numero, caf, profil, instructeur);
    }
}
