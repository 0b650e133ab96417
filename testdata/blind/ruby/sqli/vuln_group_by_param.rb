# frozen_string_literal: true

class Reports::SalesController < ApplicationController
  before_action :authenticate_user!

  def summary
    dimension = params.fetch(:by, "region")
    rows = Sale.where(year: Date.current.year).group(dimension).sum(:amount) # LABEL: CWE-89
    render json: rows
  end
end
