package com.example.teams;

import java.security.SecureRandom;
import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class InviteService {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Random random = new SecureRandom();
    private final InviteRepository invites;

    public InviteService(InviteRepository invites) {
        this.invites = invites;
    }

    public Invite create(long teamId, String email) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return invites.save(new Invite(teamId, email, code.toString()));
    }
}
