package org.eden.portail.identite;

import java.util.regex.Pattern;

/**
 * R-HAB-9: the shape an e-mail address must have, checked where an account is created
 * ({@link CompteService}) and where a bulk import's preview reads its lines (R-HAB-10). Apart from
 * the services so that both ask the same question, and because an EJB may not offer a static
 * method (WildFly warns at deployment, WFLYEJB0131).
 */
public final class AdresseCourriel {

    private static final Pattern FORME = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AdresseCourriel() {
    }

    public static boolean valide(String email) {
        return email != null && FORME.matcher(email.trim()).matches();
    }
}
