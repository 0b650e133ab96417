# frozen_string_literal: true

require "erb"

class EmailTemplatesController < ApplicationController
  def preview
    template = params.require(:body)
    customer = Customer.new(name: "Ada", plan: "Pro")
    html = ERB.new(template).result_with_hash(customer: customer) # LABEL: CWE-1336
    render html: html.html_safe
  end
end
