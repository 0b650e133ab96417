require "net/http"

class WeatherController < ApplicationController
  def show
    city = params[:city].to_i
    body = Net::HTTP.get(URI("https://api.weather.example/v1/cities/#{city}"))
    render plain: body
  end
end
