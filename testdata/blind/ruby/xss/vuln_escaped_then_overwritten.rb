# frozen_string_literal: true

class CardsController < ApplicationController
  include ERB::Util

  def preview
    title = html_escape(params[:title].to_s)
    title = params[:title] if params[:raw] == "1"
    render html: "<div class=\"card\"><h3>#{title}</h3></div>".html_safe # LABEL: CWE-79
  end
end
