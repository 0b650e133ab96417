package com.shop.web;

import com.shop.repo.OrderRepository;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class OrderServlet extends HttpServlet {
    private OrderRepository orders;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String who = req.getParameter("customer");
        orders.byCustomer(who);
        resp.setStatus(200);
    }
}
