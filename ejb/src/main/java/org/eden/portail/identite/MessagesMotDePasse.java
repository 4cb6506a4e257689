package org.eden.portail.identite;

import org.passay.PropertiesMessageResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Passay's message resolver with the French messages of messages-mot-de-passe.properties. A key
 * prefixed by the policy's name is preferred, because the same Passay rule (length) answers to a
 * different rule id under each policy.
 */
final class MessagesMotDePasse extends PropertiesMessageResolver {

    static final String RESSOURCE = "messages-mot-de-passe.properties";
    private static final Properties MESSAGES = charger();

    private final String prefixe;

    MessagesMotDePasse(PolitiqueMotDePasse politique) {
        super(MESSAGES);
        this.prefixe = politique.name() + ".";
        setLocale(Locale.FRANCE);
    }

    @Override
    protected String getMessage(String cle) {
        String propre = super.getMessage(prefixe + cle);
        return propre != null ? propre : super.getMessage(cle);
    }

    private static Properties charger() {
        // Read as UTF-8 explicitly: Properties.load(InputStream) would read ISO-8859-1 and mangle accents.
        try (InputStream brut = MessagesMotDePasse.class.getResourceAsStream(RESSOURCE)) {
            if (brut == null) {
                throw new IllegalStateException("Messages de mot de passe absents : " + RESSOURCE);
            }
            Properties messages = new Properties();
            messages.load(new InputStreamReader(brut, StandardCharsets.UTF_8));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
