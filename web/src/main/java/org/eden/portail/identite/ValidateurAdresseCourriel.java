package org.eden.portail.identite;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * R-HAB-9 on the screens: an e-mail address of a future account has the shape {@link AdresseCourriel}
 * demands, so that the person learns it at the field instead of from the service's refusal. An
 * empty field is left to {@code required}. The component's {@code validatorMessage}, when set,
 * replaces this message with one that names the field.
 */
@FacesValidator("eden.adresseCourriel")
public class ValidateurAdresseCourriel implements Validator<String> {

    @Override
    public void validate(FacesContext contexte, UIComponent composant, String valeur) {
        if (valeur != null && !valeur.isBlank() && !AdresseCourriel.valide(valeur)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Adresse électronique non valide", "R-HAB-9 : l'adresse électronique « " + valeur.trim()
                    + " » n'est pas valide (forme attendue : nom@domaine.fr)."));
        }
    }
}
