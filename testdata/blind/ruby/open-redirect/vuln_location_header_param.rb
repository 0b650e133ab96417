# frozen_string_literal: true

class LocaleController < ApplicationController
  def update
    cookies[:locale] = params[:locale] == "de" ? "de" : "en"
    back = params.fetch(:back_to, "/")
    response.headers["Location"] = back # LABEL: CWE-601
    head :found
  end
end
