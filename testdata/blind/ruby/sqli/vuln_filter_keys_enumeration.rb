# frozen_string_literal: true

class Api::PeopleController < Api::BaseController
  # /api/people?filter[city]=Berlin&filter[role]=admin
  def index
    scope = Person.all
    params.fetch(:filter, {}).to_unsafe_h.each do |column, value|
      scope = scope.where("#{column} = ?", value) # LABEL: CWE-89
    end
    render json: scope.limit(100)
  end
end
