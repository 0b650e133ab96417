# frozen_string_literal: true

require "liquid"

class SafeEmailTemplatesController < ApplicationController
  # Liquid templates cannot call Ruby methods; only the given drops are visible.
  def preview
    template = Liquid::Template.parse(params.require(:body))
    html = template.render("customer_name" => "Ada", "plan" => "Pro")
    render html: ERB::Util.html_escape(html)
  end
end
