package io.skillgate.apikey;

/** A key request the service refuses, with a message fit to show the admin who made it. */
public class ApiKeyException extends RuntimeException {

    public ApiKeyException(String message) {
        super(message);
    }
}
