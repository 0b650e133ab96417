package com.example.tickets;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/tickets")
public class TicketReportController {

    private final EntityManager em;

    public TicketReportController(EntityManager em) {
        this.em = em;
    }

    @GetMapping("/status/{status}")
    public List<Ticket> byStatus(@PathVariable String status) {
        return new StatusReport(em, status).tickets();
    }

    static class StatusReport {
        private final EntityManager em;
        private final String status;

        StatusReport(EntityManager em, String status) {
            this.em = em;
            this.status = status;
        }

        List<Ticket> tickets() {
            String jpql = "SELECT t FROM Ticket t WHERE t.status = '" + status + "' ORDER BY t.openedAt";
            return em.createQuery(jpql, Ticket.class).setMaxResults(200).getResultList(); // LABEL: CWE-89
        }
    }
}
