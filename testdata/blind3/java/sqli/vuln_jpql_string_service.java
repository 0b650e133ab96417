package com.example.accounts;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Service
class MemberService {
    private final EntityManager em;

    MemberService(EntityManager em) {
        this.em = em;
    }

    List<Member> byTeam(String team) {
        String jpql = "SELECT m FROM Member m WHERE m.team.slug = '" + team + "' ORDER BY m.name";
        return em.createQuery(jpql, Member.class).getResultList(); // LABEL: CWE-89, CWE-564
    }
}

@RestController
class MemberController {
    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping("/teams/{team}/members")
    List<Member> members(@PathVariable String team) {
        return members.byTeam(team);
    }
}
